#include "alerts/TierEditor.h"

#include "Dialogs.h"
#include "alerts/AlertComposer.h"
#include "alerts/AlertPreview.h"
#include "alerts/AlertTemplate.h"
#include "alerts/AlertsModule.h"
#include "stripe/CurrencyFormatter.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace Dewey {

namespace {

// The currency whose decimals the minimum amount is typed in.
QString amountCurrency(const AlertTier& tier)
{
    return tier.currency.isEmpty() ? QStringLiteral("usd") : tier.currency;
}

double scale(const AlertTier& tier)
{
    return std::pow(10.0, CurrencyFormatter::apiExponent(amountCurrency(tier)));
}

QString listText(const AlertTier& tier, int index)
{
    const QString name = tier.name.isEmpty() ? TierEditor::tr("Tier %1").arg(index + 1) : tier.name;
    return TierEditor::problem(tier).isEmpty() ? name : TierEditor::tr("%1 (needs a fix)").arg(name);
}

} // namespace

TierEditor::TierEditor(AlertsModule& alerts, const IClock& clock, Dialogs& dialogs, QWidget* parent)
    : QWidget(parent)
    , m_alerts(alerts)
    , m_clock(clock)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("tierEditor"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("tierList"));
    m_list->setAccessibleName(tr("Tiers, first match wins"));
    m_add = new QPushButton(tr("&Add"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_up = new QPushButton(tr("Move up"), this);
    m_down = new QPushButton(tr("Move down"), this);
    auto* listButtons = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_remove, m_up, m_down})
        listButtons->addWidget(button);
    auto* listColumn = new QVBoxLayout;
    auto* listHint = new QLabel(tr("The first tier a sale matches gives its alert the tier's look; sales no "
                                   "tier matches use the default look."),
                                this);
    listHint->setWordWrap(true);
    listColumn->addWidget(listHint);
    listColumn->addWidget(m_list, 1);
    listColumn->addLayout(listButtons);

    m_form = new QWidget(this);
    m_name = new QLineEdit(m_form);
    m_minAmount = new QDoubleSpinBox(m_form);
    m_minAmount->setRange(0, 1e9);
    m_minAmount->setDecimals(3);
    m_minAmount->setSpecialValueText(tr("Any amount"));
    m_currency = new QLineEdit(m_form);
    m_currency->setPlaceholderText(tr("Any currency (or e.g. USD)"));
    m_currency->setMaxLength(3);
    m_product = new QLineEdit(m_form);
    m_product->setPlaceholderText(tr("Any product (or part of a product name)"));
    m_title = new QLineEdit(m_form);
    m_title->setObjectName(QStringLiteral("tierTitle"));
    m_title->setPlaceholderText(AlertComposer::defaultTitleTemplate());
    m_text = new QLineEdit(m_form);
    m_text->setPlaceholderText(AlertComposer::defaultTextTemplate());
    m_duration = new QSpinBox(m_form);
    m_duration->setRange(0, 120);
    m_duration->setSuffix(tr(" s"));
    m_duration->setSpecialValueText(tr("Default"));
    m_sound = new QLineEdit(m_form);
    m_sound->setPlaceholderText(tr("Default sound (type \"none\" for silence)"));
    m_browseSound = new QPushButton(tr("Browse…"), m_form);
    auto* soundRow = new QHBoxLayout;
    soundRow->addWidget(m_sound, 1);
    soundRow->addWidget(m_browseSound);
    m_style = new QComboBox(m_form);
    // Every overlay theme knows these; a custom CSS file may add more, so the box is editable.
    m_style->setEditable(true);
    m_style->setToolTip(tr("\"gold\" gives big purchases golden accents and larger type"));
    m_style->addItems({QString(), QStringLiteral("default"), QStringLiteral("gold")});
    auto* placeholders = new QLabel(
        tr("Placeholders: %1").arg(AlertTemplate::placeholders().join(QStringLiteral(" "))), m_form);
    placeholders->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout(m_form);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("At &least:"), m_minAmount);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&Product name contains:"), m_product);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Te&xt:"), m_text);
    form->addRow(QString(), placeholders);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("&Sound:"), soundRow);
    form->addRow(tr("St&yle:"), m_style);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("tierError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_preview = new AlertPreview(this);
    m_save = new QPushButton(tr("Sa&ve tiers"), this);
    m_save->setObjectName(QStringLiteral("saveTiersButton"));
    m_revert = new QPushButton(tr("Revert"), this);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);

    auto* formColumn = new QVBoxLayout;
    formColumn->addWidget(m_form);
    formColumn->addWidget(m_error);
    formColumn->addWidget(new QLabel(tr("Preview of a sale this tier matches:"), this));
    formColumn->addWidget(m_preview);
    formColumn->addStretch(1);
    formColumn->addLayout(saveRow);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(listColumn, 2);
    layout->addLayout(formColumn, 3);

    connect(m_list, &QListWidget::currentRowChanged, this, &TierEditor::selectTier);
    connect(m_add, &QPushButton::clicked, this, &TierEditor::addTier);
    connect(m_remove, &QPushButton::clicked, this, &TierEditor::removeTier);
    connect(m_up, &QPushButton::clicked, this, [this] { moveTier(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveTier(1); });
    connect(m_save, &QPushButton::clicked, this, &TierEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &TierEditor::revert);
    connect(m_browseSound, &QPushButton::clicked, this, &TierEditor::chooseSound);
    for (QLineEdit* edit : {m_name, m_currency, m_product, m_title, m_text, m_sound})
        connect(edit, &QLineEdit::textChanged, this, &TierEditor::readForm);
    connect(m_minAmount, &QDoubleSpinBox::valueChanged, this, &TierEditor::readForm);
    connect(m_duration, &QSpinBox::valueChanged, this, &TierEditor::readForm);
    connect(m_style, &QComboBox::currentTextChanged, this, &TierEditor::readForm);
    // Saved elsewhere (the file edited by hand and reloaded, another window): follow unless editing.
    connect(&m_alerts, &AlertsModule::tiersChanged, this, [this] {
        if (!m_modified)
            load(m_alerts.tiers());
    });

    load(m_alerts.tiers());
}

QString TierEditor::problem(const AlertTier& tier)
{
    const auto unknown = [](const QString& pattern) { return AlertTemplate::unknownPlaceholders(pattern); };
    const QString known = AlertTemplate::placeholders().join(QStringLiteral(", "));
    if (const QStringList bad = unknown(tier.titleTemplate); !bad.isEmpty())
        return tr("The title uses %1, which is not a placeholder. Use %2.")
            .arg(bad.join(QStringLiteral(", ")), known);
    if (const QStringList bad = unknown(tier.textTemplate); !bad.isEmpty())
        return tr("The text uses %1, which is not a placeholder. Use %2.")
            .arg(bad.join(QStringLiteral(", ")), known);
    static const QRegularExpression kCurrency(QStringLiteral("^[a-z]{3}$"));
    if (!tier.currency.isEmpty() && !kCurrency.match(tier.currency).hasMatch())
        return tr("The currency must be a three-letter code such as USD, or empty for any.");
    return {};
}

void TierEditor::selectTier(int index)
{
    if (index < -1 || index >= m_tiers.size())
        return;
    m_current = index;
    if (m_list->currentRow() != index)
        m_list->setCurrentRow(index);
    showTier();
}

void TierEditor::addTier()
{
    AlertTier tier;
    tier.name = tr("New tier");
    tier.titleTemplate = AlertComposer::defaultTitleTemplate();
    m_tiers.append(tier);
    m_modified = true;
    rebuildList();
    selectTier(static_cast<int>(m_tiers.size()) - 1);
    validate();
}

void TierEditor::removeTier()
{
    if (m_current < 0)
        return;
    m_tiers.removeAt(m_current);
    m_modified = true;
    const int next = std::min(m_current, static_cast<int>(m_tiers.size()) - 1);
    rebuildList();
    selectTier(next);
    validate();
}

void TierEditor::moveTier(int delta)
{
    const int target = m_current + delta;
    if (m_current < 0 || target < 0 || target >= m_tiers.size())
        return;
    m_tiers.swapItemsAt(m_current, target);
    m_modified = true;
    rebuildList();
    selectTier(target);
    validate();
}

bool TierEditor::save()
{
    validate();
    if (!m_error->text().isEmpty())
        return false;
    QString error;
    if (!m_alerts.setTiers(m_tiers, &error)) {
        m_error->setText(error);
        return false;
    }
    m_modified = false;
    validate();
    return true;
}

void TierEditor::revert()
{
    m_modified = false;
    load(m_alerts.tiers());
}

void TierEditor::setPreviewTheme(const OverlayWindowTheme& theme)
{
    m_preview->setTheme(theme);
}

QString TierEditor::errorText() const
{
    return m_error->text();
}

void TierEditor::load(const QList<AlertTier>& tiers)
{
    m_tiers = tiers;
    rebuildList();
    selectTier(m_tiers.isEmpty() ? -1 : 0);
    validate();
}

void TierEditor::rebuildList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int i = 0; i < m_tiers.size(); ++i)
        m_list->addItem(listText(m_tiers.at(i), i));
    m_list->setCurrentRow(m_current < m_tiers.size() ? m_current : -1);
}

void TierEditor::showTier()
{
    const bool has = m_current >= 0;
    m_form->setEnabled(has);
    m_remove->setEnabled(has);
    m_up->setEnabled(has && m_current > 0);
    m_down->setEnabled(has && m_current + 1 < m_tiers.size());
    const AlertTier tier = has ? m_tiers.at(m_current) : AlertTier{};
    m_loading = true;
    m_name->setText(tier.name);
    m_minAmount->setDecimals(CurrencyFormatter::apiExponent(amountCurrency(tier)));
    m_minAmount->setValue(tier.minAmountMinor ? double(*tier.minAmountMinor) / scale(tier) : 0.0);
    m_currency->setText(tier.currency.toUpper());
    m_product->setText(tier.productContains);
    m_title->setText(tier.titleTemplate);
    m_text->setText(tier.textTemplate);
    m_duration->setValue(tier.durationMs / 1000);
    m_sound->setText(tier.sound);
    m_style->setCurrentText(tier.style);
    m_loading = false;
    updatePreview();
}

void TierEditor::readForm()
{
    if (m_loading || m_current < 0)
        return;
    AlertTier& tier = m_tiers[m_current];
    tier.name = m_name->text().trimmed();
    tier.currency = m_currency->text().trimmed().toLower();
    const double amount = m_minAmount->value();
    tier.minAmountMinor =
        amount > 0 ? std::optional<qint64>(qRound64(amount * scale(tier))) : std::optional<qint64>();
    tier.productContains = m_product->text().trimmed();
    tier.titleTemplate = m_title->text();
    tier.textTemplate = m_text->text();
    tier.durationMs = m_duration->value() * 1000;
    tier.sound = m_sound->text().trimmed();
    tier.style = m_style->currentText().trimmed();
    m_modified = true;
    if (QListWidgetItem* item = m_list->item(m_current))
        item->setText(listText(tier, m_current));
    validate();
    updatePreview();
}

void TierEditor::validate()
{
    QString message;
    for (int i = 0; i < m_tiers.size() && message.isEmpty(); ++i) {
        const QString problem = TierEditor::problem(m_tiers.at(i));
        if (!problem.isEmpty())
            message = tr("%1: %2").arg(listText(m_tiers.at(i), i), problem);
    }
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_title->setToolTip(message);
    m_save->setEnabled(m_modified && message.isEmpty());
    m_revert->setEnabled(m_modified);
}

void TierEditor::updatePreview()
{
    // A sale this tier matches, through the queue's own composer rules and the edited tiers.
    AlertComposer composer(m_clock);
    composer.setDefaults(m_alerts.composer().defaults());
    composer.setTiers(m_tiers);
    Sale sample = AlertComposer::sampleSale();
    if (m_current >= 0) {
        const AlertTier& tier = m_tiers.at(m_current);
        if (!tier.currency.isEmpty())
            sample.currency = tier.currency;
        if (tier.minAmountMinor)
            sample.amountMinor = std::max(sample.amountMinor, *tier.minAmountMinor);
        if (!tier.productContains.isEmpty())
            sample.items = {SaleItem{tier.productContains, 1}};
        sample.formattedAmount = CurrencyFormatter().format(sample.amountMinor, sample.currency);
    }
    const Alert alert = composer.testAlert(sample);
    m_preview->setAlert(alert);
}

void TierEditor::chooseSound()
{
    const QString path =
        m_dialogs.openFileName(this, tr("Alert sound"), tr("Sounds (*.ogg *.mp3 *.wav *.opus *.m4a)"));
    if (!path.isEmpty())
        m_sound->setText(path);
}

} // namespace Dewey
