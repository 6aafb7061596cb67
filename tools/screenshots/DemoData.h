#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Dewey {
class AppServices;
struct Note;
} // namespace Dewey

namespace DeweyScreenshots {

// Believable data for the README screenshots, written through the real services: the notes a
// streamer keeps and an evening of store sales in several currencies (one in test mode).
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    explicit DemoData(Dewey::AppServices& services);

    // On failure *error says which note or sale could not be written.
    bool seed(QString* error);

    // The ids of the notes in the order they were added (lockbox, sponsor code, mod birthdays, …), for
    // the scripted chat answers to cite; empty before seed().
    QList<qint64> noteIds() const { return m_noteIds; }

private:
    bool seedNotes(QString* error);
    bool seedSales(QString* error);

    Dewey::AppServices& m_services;
    QList<qint64> m_noteIds;
};

} // namespace DeweyScreenshots
