#pragma once

#include <QCoreApplication>
#include <QLocalServer>
#include <QLockFile>
#include <QObject>

#include <memory>

namespace Dewey {

// One running Dewey per data folder: a lock file decides who is first (stale locks of crashed
// processes are taken over), and a local socket lets a second launch hand its request (for example
// "bring the window forward") to the first before it exits. The first answers every request with
// what it is (a window, or `dewey-cli serve` without one), so a second `dewey` can tell the streamer
// why no window comes forward.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role
    {
        Primary,
        Secondary,
        Failed
    };

    explicit SingleInstance(const QString& dataDirectory, QObject* parent = nullptr);
    ~SingleInstance() override;

    // What a primary says about itself (setAnswer()); later launches read it with claim().
    static constexpr const char* kAnswerWindow = "window";
    static constexpr const char* kAnswerHeadless = "headless";

    // What this process answers later launches once it is the primary; empty answers nothing.
    void setAnswer(const QByteArray& answer) { m_answer = answer; }

    // Primary: this process owns the data folder and listens for messages from later launches.
    // Secondary: another process owns it; `message` was delivered to it. With `answer`, waits for
    // the primary's answer (empty when it gave none in time).
    // Failed: neither could be established; *error says why.
    Role claim(const QByteArray& message, QString* error, QByteArray* answer = nullptr);

    static QString serverNameFor(const QString& dataDirectory);

    static constexpr int kConnectTimeoutMs = 3000;
    // Generous: a primary answers once its event loop runs, after opening the database.
    static constexpr int kAnswerTimeoutMs = 10000;

signals:
    void messageReceived(const QByteArray& message);

private:
    bool deliver(const QByteArray& message, QString* error, QByteArray* answer) const;
    void readClient(QLocalSocket* socket);

    QString m_dataDirectory;
    QString m_serverName;
    QByteArray m_answer;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer m_server;
};

} // namespace Dewey
