#include "ThemeController.h"

#include "log/LogCategories.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace Dewey {

namespace {

// Only what the palette cannot express: roomy navigation and readable tooltips.
const QString kDarkStyleSheet = QStringLiteral(
    "QListWidget#navigation { background: #17181c; border: none; }"
    "QListWidget#navigation::item { padding: 8px 10px; border-radius: 6px; }"
    "QListWidget#navigation::item:selected { background: #3a2f73; color: #ffffff; }"
    "QListWidget#navigation::item:hover:!selected { background: #24252b; }"
    "QToolTip { color: #e6e7eb; background-color: #2a2c33; border: 1px solid #444852; }"
    "QGroupBox { border: 1px solid #33363e; border-radius: 6px; margin-top: 1.4em; padding-top: 6px; }"
    "QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }");

const char kSystemStyleProperty[] = "dewey.systemStyleName";

// The style the platform chose, remembered on the application object the first time, so that a
// second controller (a new window, a test) does not mistake Fusion for the system's choice.
QString systemStyleName()
{
    const QVariant remembered = qApp->property(kSystemStyleProperty);
    if (remembered.isValid())
        return remembered.toString();
    const QString name = QApplication::style() ? QApplication::style()->name() : QString();
    qApp->setProperty(kSystemStyleProperty, name);
    return name;
}

} // namespace

ThemeController::ThemeController(Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_systemStyleName(systemStyleName())
{
    connect(&m_settings, &Settings::changed, this, [this](const QString& key) {
        if (key == SettingsKey::Theme)
            apply(m_settings.theme());
    });
    apply(m_settings.theme());
}

void ThemeController::apply(Settings::Theme theme)
{
    qCDebug(lcGui) << "Applying theme" << static_cast<int>(theme);
    if (theme == Settings::Theme::Dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        qApp->setStyleSheet(kDarkStyleSheet);
    } else {
        if (!m_systemStyleName.isEmpty())
            QApplication::setStyle(QStyleFactory::create(m_systemStyleName));
        // A palette with nothing set resolves to the platform's own, including its light or dark mode.
        QApplication::setPalette(QPalette());
        qApp->setStyleSheet(QString());
    }
    m_applied = theme;
}

QPalette ThemeController::darkPalette()
{
    const QColor window(0x1e, 0x1f, 0x24);
    const QColor base(0x16, 0x17, 0x1b);
    const QColor button(0x2a, 0x2c, 0x33);
    const QColor text(0xe6, 0xe7, 0xeb);
    const QColor disabledText(0x6b, 0x70, 0x80);
    const QColor accent(0x7c, 0x5c, 0xff);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x22, 0x23, 0x29));
    palette.setColor(QPalette::ToolTipBase, button);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x9c));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x46));
    palette.setColor(QPalette::Midlight, QColor(0x32, 0x34, 0x3c));
    palette.setColor(QPalette::Mid, QColor(0x26, 0x27, 0x2d));
    palette.setColor(QPalette::Dark, QColor(0x12, 0x13, 0x16));
    palette.setColor(QPalette::Shadow, QColor(0x08, 0x08, 0x0a));
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0xa7, 0x8b, 0xfa));
    palette.setColor(QPalette::LinkVisited, QColor(0xc4, 0xb5, 0xfd));

    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x44, 0x55));
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    return palette;
}

} // namespace Dewey
