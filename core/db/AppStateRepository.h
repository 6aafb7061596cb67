#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Dewey {

class Database;
class IClock;

// Small pieces of runtime state that must survive a restart (alerts paused, the newest Stripe event
// seen, …), kept as text in the app_state table. Settings the streamer chooses live in Settings
// instead; this is what Dewey itself remembers.
class AppStateRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppStateRepository)

public:
    AppStateRepository(Database& database, const IClock& clock);

    // The stored value, or fallback when the key is absent or the database cannot be read.
    QString value(const QString& key, const QString& fallback = {}) const;
    bool contains(const QString& key) const;
    // When the key was last written, in UTC; invalid when the key is absent.
    QDateTime updatedAt(const QString& key) const;

    bool setValue(const QString& key, const QString& value, QString* error = nullptr);
    // Removing an absent key succeeds.
    bool remove(const QString& key, QString* error = nullptr);

private:
    bool ensureOpen(QString* error) const;

    Database& m_database;
    const IClock& m_clock;
};

} // namespace Dewey
