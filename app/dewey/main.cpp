#include "DeweyApp.h"
#include "common/DeweyVersion.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(Dewey::kApplicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(Dewey::kVersion));
    QApplication::setOrganizationDomain(QString::fromLatin1(Dewey::kOrganizationDomain));
    QGuiApplication::setDesktopFileName(QStringLiteral("stream.dewey.Dewey"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dewey.svg")));
    return Dewey::DeweyApp().run(QApplication::arguments());
}
