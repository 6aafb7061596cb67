#include "alerts/AlertComposer.h"

#include "alerts/AlertTemplate.h"
#include "common/Clock.h"

#include <QUuid>

namespace Dewey {

QString AlertComposer::defaultTitleTemplate()
{
    //: The default alert line. Keep the {placeholders}; they are filled with the sale's details.
    return tr("{buyer} just bought {items} — {amount}");
}

QString AlertComposer::defaultTextTemplate()
{
    return QStringLiteral("{message}");
}

QString AlertComposer::defaultSoundFile()
{
    return QStringLiteral(":/overlay/sounds/default.ogg");
}

AlertComposer::AlertComposer(const IClock& clock)
    : m_clock(clock)
{}

Alert AlertComposer::fromSale(const Sale& sale, bool replay) const
{
    Alert alert = compose(sale);
    alert.kind = AlertKind::Sale;
    alert.replay = replay;
    // A replay is a new moment on stream; its age must not make the queue drop it.
    alert.createdAt = replay || !sale.created.isValid() ? m_clock.now().toUTC() : sale.created.toUTC();
    return alert;
}

Alert AlertComposer::testAlert() const
{
    return testAlert(sampleSale());
}

Alert AlertComposer::testAlert(const Sale& sample) const
{
    Alert alert = compose(sample);
    alert.kind = AlertKind::Test;
    alert.eventId = QStringLiteral("test_") + QUuid::createUuid().toString(QUuid::Id128).left(24);
    alert.createdAt = m_clock.now().toUTC();
    return alert;
}

Sale AlertComposer::sampleSale()
{
    Sale sale;
    //: The buyer in a test alert.
    sale.buyerName = tr("Alex");
    //: The product in a test alert.
    sale.items = {SaleItem{tr("Hoodie"), 2}};
    sale.amountMinor = 6400;
    sale.currency = QStringLiteral("usd");
    sale.formattedAmount = QStringLiteral("$64.00");
    //: The buyer's message in a test alert.
    sale.message = tr("This is a test alert from Dewey.");
    return sale;
}

Alert AlertComposer::compose(const Sale& sale) const
{
    Alert alert;
    alert.eventId = sale.eventId;
    //: Shown as the buyer when the sale has no name to show.
    alert.buyer = sale.buyerName.trimmed().isEmpty() ? tr("Someone") : sale.buyerName;
    alert.items = AlertTemplate::formatItems(sale.items);
    alert.amount = sale.formattedAmount;
    alert.amountMinor = sale.amountMinor;
    alert.currency = sale.currency.toLower();
    alert.message = sale.message;

    const AlertTier* tier = findTier(m_tiers, sale.amountMinor, alert.currency, sale.items);
    auto pick = [](const QString& tierValue, const QString& fallback) {
        return tierValue.isEmpty() ? fallback : tierValue;
    };
    const QString defaultTitle = pick(m_defaults.titleTemplate, defaultTitleTemplate());
    const QString titleTemplate = tier ? pick(tier->titleTemplate, defaultTitle) : defaultTitle;
    const QString textTemplate =
        tier ? pick(tier->textTemplate, m_defaults.textTemplate) : m_defaults.textTemplate;
    const AlertTemplateFields fields{alert.buyer, AlertTemplate::joinItems(alert.items), alert.amount,
                                     alert.message};
    alert.title = AlertTemplate::render(titleTemplate, fields);
    alert.text = AlertTemplate::render(textTemplate, fields);

    alert.durationMs = tier && tier->durationMs > 0 ? tier->durationMs : m_defaults.durationMs;
    alert.style = tier ? pick(tier->style, m_defaults.style) : m_defaults.style;
    alert.tier = tier ? tier->name : QString();
    const QString sound = tier ? pick(tier->sound, m_defaults.soundFile) : m_defaults.soundFile;
    alert.soundFile = sound == kSilentSound ? QString() : sound;
    alert.soundVolume = qBound(0.0, m_defaults.volume * (tier && tier->volume ? *tier->volume : 1.0), 1.0);
    return alert;
}

} // namespace Dewey
