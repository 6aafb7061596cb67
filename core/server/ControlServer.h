#pragma once

#include "server/ControlMessage.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocalServer>
#include <QObject>

#include <functional>

class QLocalSocket;

namespace Dewey {

// The local control channel of a running Dewey (the app or `dewey-cli serve`), so that
// `dewey-cli alerts pause` and friends reach it. A local socket named after the data folder, open to
// this user only, and a fresh random token in <data folder>/control.token (owner-only) that every
// request must carry: only someone who can read the data folder can drive the app.
class ControlServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ControlResponse(const QJsonObject& args)>;

    static constexpr int kRequestTimeoutMs = 10000;

    explicit ControlServer(QString dataDirectory, QObject* parent = nullptr);
    ~ControlServer() override;

    static QString serverNameFor(const QString& dataDirectory);
    static QString tokenPathFor(const QString& dataDirectory);

    void addCommand(const QString& name, Handler handler);

    // Writes a new token and listens. Call only while holding the data folder (SingleInstance):
    // a socket left behind by a crash is removed.
    bool start(QString* error);
    void stop();
    bool isListening() const { return m_server.isListening(); }

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket* socket);
    ControlResponse dispatch(const QByteArray& line) const;

    QString m_dataDirectory;
    QByteArray m_token;
    QLocalServer m_server;
    QHash<QString, Handler> m_handlers;
};

} // namespace Dewey
