#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>

namespace DeweyTest {

QString sourcePath(const QString& relative)
{
    return qEnvironmentVariable("DEWEY_TEST_SOURCE_DIR") + QLatin1Char('/') + relative;
}

QString executable(const char* environmentVariable)
{
    return qEnvironmentVariable(environmentVariable);
}

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace DeweyTest
