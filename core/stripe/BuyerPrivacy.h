#pragma once

#include "settings/Settings.h"
#include "stripe/WordBlocklist.h"

#include <QCoreApplication>
#include <QString>

namespace Dewey {

// Decides what of a buyer reaches the stream and the ledger: the display name their privacy setting
// allows (first name by default, "Someone" when there is none) and their message, cleaned of control
// characters, e-mail addresses and phone numbers, with the streamer's blocked words masked. Nothing
// else about the buyer is ever kept.
class BuyerPrivacy
{
    Q_DECLARE_TR_FUNCTIONS(BuyerPrivacy)

public:
    static constexpr qsizetype MaxNameLength = 40;
    static constexpr qsizetype MaxMessageLength = 200;

    BuyerPrivacy(Settings::BuyerNameMode mode, WordBlocklist blocklist);

    static QString anonymousName();

    QString displayName(const QString& fullName) const;
    QString message(const QString& text) const;

private:
    Settings::BuyerNameMode m_mode;
    WordBlocklist m_blocklist;
};

} // namespace Dewey
