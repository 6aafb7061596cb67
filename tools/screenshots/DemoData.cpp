#include "DemoData.h"

#include "AppServices.h"
#include "notes/NotesModule.h"
#include "notes/NotesRepository.h"
#include "settings/Settings.h"
#include "stripe/CurrencyFormatter.h"
#include "stripe/SalesLedger.h"

#include <QDateTime>
#include <QLocale>

namespace DeweyScreenshots {

namespace {

struct DemoSale
{
    const char* buyer;
    const char* item;
    qint64 quantity;
    qint64 amountMinor;
    const char* currency;
    int minutesAgo;
    bool livemode;
    const char* message;
};

// An evening of merch sales, oldest first. Amounts are in each currency's minor unit.
constexpr DemoSale kSales[] = {
    {"Jordan", "Sticker pack", 3, 1500, "usd", 170, true, ""},
    {"Priya", "Hoodie", 1, 4500, "gbp", 160, true, "Greetings from Leeds!"},
    {"Mateo", "Mug", 2, 3200, "eur", 151, true, ""},
    {"Someone", "Sticker pack", 1, 500, "usd", 140, true, ""},
    {"Kenji", "Enamel pin", 4, 4800, "jpy", 128, true, "Love the new emotes"},
    {"Sam", "Poster (signed)", 1, 2500, "usd", 117, true, ""},
    {"Chloe", "Hoodie", 1, 5900, "cad", 104, true, ""},
    {"Test Buyer", "Hoodie", 1, 3200, "usd", 95, false, "just checking the alert"},
    {"Noah", "Beanie", 2, 4000, "usd", 83, true, ""},
    {"Lena", "Mug", 1, 1800, "eur", 71, true, "Prost!"},
    {"Riley", "Mousepad XL", 1, 3500, "usd", 58, true, ""},
    {"Aiko", "Sticker pack", 5, 2000, "aud", 44, true, ""},
    {"Marcus", "Hoodie", 3, 9600, "usd", 31, true, "for the whole squad"},
    {"Sofia", "Enamel pin", 2, 2400, "eur", 17, true, ""},
    {"Alex", "Hoodie", 2, 6400, "usd", 4, true, "GG on the clutch!"},
};

const char* const kNotes[] = {
    "Lockbox code for the studio storage closet is 4821 (changed in March).",
    "Sponsor code for HyperGrip mice: DEWEY15 gives viewers 15% off until the end of the month.",
    "Mod birthdays: Kestrel on 14 April, PixelPat on 2 September, Moss on 30 November.",
    "Raid etiquette: thank the raider by name, shout out their last game, no auto-shoutout bots.",
    "Merch drop schedule: new hoodies every first Friday, 6pm, announce on stream 30 minutes before.",
    "Wi-Fi for the stream PC: network BackRoom-5G, password on the sticky note under the keyboard.",
    "Camera settings: Sony ZV-E10, 1/60 shutter, ISO 800, white balance 4300K for the key light.",
    "Charity stream on 12 December for the animal shelter; goal $2,000, incentive: dye my hair green.",
    "Banned phrases list lives in the mod Discord pinned message; update it after every raid wave.",
    "Printful order support email is in the password manager under 'Printful'. Reply within 48h.",
    "Favourite viewer emotes to add next: deweyWave, deweyHype, deweyCozy.",
    "Sub goal rewards: 100 subs = cooking stream, 250 subs = 24-hour stream, 500 = cosplay reveal.",
};

} // namespace

DemoData::DemoData(Dewey::AppServices& services)
    : m_services(services)
{}

bool DemoData::seed(QString* error)
{
    m_services.settings().setFirstRunCompleted(true);
    return seedNotes(error) && seedSales(error);
}

bool DemoData::seedNotes(QString* error)
{
    Dewey::NotesRepository& notes = m_services.notes().repository();
    for (const char* text : kNotes) {
        const std::optional<Dewey::Note> note = notes.add(QString::fromUtf8(text), error);
        if (!note)
            return false;
        m_noteIds.append(note->id);
    }
    return true;
}

bool DemoData::seedSales(QString* error)
{
    const Dewey::CurrencyFormatter formatter(QLocale(QLocale::English, QLocale::UnitedStates));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int index = 0;
    for (const DemoSale& demo : kSales) {
        ++index;
        Dewey::Sale sale;
        sale.eventId = QStringLiteral("evt_demo%1").arg(index);
        sale.objectId = QStringLiteral("cs_demo%1").arg(index);
        sale.livemode = demo.livemode;
        sale.created = now.addSecs(-60LL * demo.minutesAgo);
        sale.buyerName = QString::fromUtf8(demo.buyer);
        sale.items = {Dewey::SaleItem{QString::fromUtf8(demo.item), demo.quantity}};
        sale.amountMinor = demo.amountMinor;
        sale.currency = QString::fromLatin1(demo.currency);
        sale.formattedAmount = formatter.format(demo.amountMinor, sale.currency);
        sale.message = QString::fromUtf8(demo.message);

        Dewey::PurchaseKeys keys;
        keys.objectId = sale.objectId;
        const Dewey::SalesLedger::WriteResult result = m_services.salesLedger().recordSale(
            sale, keys, QStringLiteral("checkout.session.completed"), false);
        if (result.status != Dewey::SalesLedger::WriteStatus::Written) {
            if (error)
                *error = tr("Could not record the demo sale %1: %2").arg(sale.eventId, result.error);
            return false;
        }
    }
    return true;
}

} // namespace DeweyScreenshots
