#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QPointer>

class QTcpServer;

namespace Dewey {

// One QHttpServer on one address and port, bound through a QTcpServer we own so that the same code
// runs on Qt 6.4 and 6.8 (see HttpCompat). Owners register their routes on http().
class HttpListener : public QObject
{
    Q_OBJECT

public:
    explicit HttpListener(QObject* parent = nullptr);
    ~HttpListener() override;

    QHttpServer& http() { return *m_http; }

    // port 0 picks a free port. On failure, *error says which port and what to do about it.
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    void close();

    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;

signals:
    void listeningChanged(bool listening);

private:
    QHttpServer* m_http = nullptr;
    QPointer<QTcpServer> m_tcp;
};

} // namespace Dewey
