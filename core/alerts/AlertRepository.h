#pragma once

#include "alerts/Alert.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace Dewey {

class Database;
class IClock;

// The alert queue's memory in the database (migration 3): every queued alert with its state, so
// pending alerts survive a restart and an alert that went on stream never goes on stream again.
class AlertRepository
{
    Q_DECLARE_TR_FUNCTIONS(AlertRepository)

public:
    enum class State
    {
        Pending, // waiting for its turn
        Shown,   // sent to the overlays (whether or not it played to the end)
        Expired, // waited longer than the maximum age
        Cleared, // the streamer cleared the queue
    };

    enum class InsertStatus
    {
        Inserted,
        Duplicate, // this sale already has an alert (replays and test alerts are never duplicates)
        Failed,
    };

    AlertRepository(Database& database, const IClock& clock);

    // Stores the alert (as pending, or as shown when it goes out at once). An alert without an id gets
    // a new one; one with an id from reserveId() keeps it.
    InsertStatus insert(Alert* alert, QString* error = nullptr, State state = State::Pending);
    // A new alert id, handed out before the alert is stored (for an alert that goes on stream first).
    // Ids are taken from the database in blocks (AUTOINCREMENT's counter is moved past the block), so
    // an id is never handed out twice, even when its alert never got stored and Dewey restarted:
    // an overlay page that outlived the restart still remembers the ids it finished. 0 when the
    // database cannot be read or written.
    qint64 reserveId(QString* error = nullptr);
    // Whether this sale already has its alert (the question insert() answers with Duplicate, asked
    // before sending). *ok is false when the database could not be read.
    bool saleHasAlert(const QString& eventId, bool* ok = nullptr) const;
    // Pending alerts, oldest first. *ok is false when the database could not be read.
    QList<Alert> pending(bool* ok = nullptr) const;
    bool setState(const QList<qint64>& ids, State state, QString* error = nullptr);
    // The state of one alert; nullopt when there is no such alert.
    std::optional<State> state(qint64 id) const;
    // The state of each sale's own alert (not replays), by Stripe event id; a sale without an alert
    // (recorded silently) is absent. For the sales history's status column.
    QHash<QString, State> saleStates(const QStringList& eventIds) const;

private:
    bool ensureOpen(QString* error) const;

    Database& m_database;
    const IClock& m_clock;
    static constexpr qint64 kIdBlock = 64;
    qint64 m_nextId = 0;      // 0: no block taken yet
    qint64 m_lastInBlock = 0; // the last id of the block taken
};

} // namespace Dewey
