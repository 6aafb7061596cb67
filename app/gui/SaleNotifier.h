#pragma once

#include <QObject>

class QWidget;

namespace Dewey {

class SalesLedger;
class Settings;
class TrayController;
struct Sale;

// A desktop notification for each new sale while Dewey's window is hidden (and only when the
// streamer turned app/saleNotifications on): the tray is then the only sign that Dewey is working.
// With the window open the Recent sales list already shows it.
class SaleNotifier : public QObject
{
    Q_OBJECT

public:
    SaleNotifier(SalesLedger& ledger, Settings& settings, QWidget& window, TrayController& tray,
                 QObject* parent = nullptr);

    // The notification's text for a sale: "New sale: $64.00" / "Sam bought Sticker pack ×2".
    static QString title(const Sale& sale);
    static QString body(const Sale& sale);

signals:
    // A notification was handed to the tray (shown is false where the platform has no balloons).
    void notified(const QString& title, const QString& body, bool shown);

private:
    void saleRecorded(const Sale& sale);

    Settings& m_settings;
    QWidget& m_window;
    TrayController& m_tray;
};

} // namespace Dewey
