#include "server/ControlClient.h"

#include "server/ControlServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLocalSocket>

namespace Dewey {

ControlClient::Result ControlClient::send(const QString& dataDirectory, const QString& command,
                                          const QJsonObject& args, int timeoutMs)
{
    Result result;
    const QString notRunning =
        tr("Dewey is not running with the data folder %1. Start the app or `dewey-cli serve` first.")
            .arg(QDir::toNativeSeparators(dataDirectory));

    QFile tokenFile(ControlServer::tokenPathFor(dataDirectory));
    if (!tokenFile.exists()) {
        result.status = Result::Status::NotRunning;
        result.error = notRunning;
        return result;
    }
    if (!tokenFile.open(QIODevice::ReadOnly)) {
        result.error = tr("Could not read %1: %2").arg(tokenFile.fileName(), tokenFile.errorString());
        return result;
    }
    const QString token = QString::fromUtf8(tokenFile.readAll().trimmed());

    QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(ControlServer::serverNameFor(dataDirectory));
    if (!socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime())))) {
        // The token file of a crashed run is left behind; nothing listens.
        result.status = Result::Status::NotRunning;
        result.error = notRunning;
        return result;
    }
    socket.write(ControlMessage::encodeRequest({token, command, args}));
    if (!socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())))) {
        result.error = tr("Dewey did not take the command: %1").arg(socket.errorString());
        return result;
    }
    QByteArray line;
    while (!line.endsWith('\n')) {
        if (socket.bytesAvailable() == 0 &&
            !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            break;
        }
        line += socket.readAll();
        if (line.size() > ControlMessage::kMaxLineBytes)
            break;
    }
    QString error;
    if (!line.endsWith('\n') || !ControlMessage::decodeResponse(line, &result.response, &error)) {
        result.error = tr("Dewey did not answer the command in time.");
        return result;
    }
    result.status = Result::Status::Answered;
    return result;
}

} // namespace Dewey
