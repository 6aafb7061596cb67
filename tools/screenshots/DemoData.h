#pragma once

#include <QCoreApplication>
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

    // The note the scripted chat answer cites (the lockbox code); 0 before seed().
    qint64 lockboxNoteId() const { return m_lockboxNoteId; }

private:
    bool seedNotes(QString* error);
    bool seedSales(QString* error);

    Dewey::AppServices& m_services;
    qint64 m_lockboxNoteId = 0;
};

} // namespace DeweyScreenshots
