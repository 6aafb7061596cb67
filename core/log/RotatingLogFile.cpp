#include "log/RotatingLogFile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace Dewey {

namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

RotatingLogFile::RotatingLogFile(QString directory, QString baseName, qint64 maxBytes, int keepFiles)
    : m_directory(std::move(directory))
    , m_baseName(std::move(baseName))
    , m_maxBytes(std::max<qint64>(maxBytes, 64))
    , m_keepFiles(std::max(keepFiles, 1))
{}

QString RotatingLogFile::filePath() const
{
    return m_directory + QLatin1Char('/') + m_baseName;
}

QString RotatingLogFile::rotatedPath(int index) const
{
    return index == 0 ? filePath() : filePath() + QLatin1Char('.') + QString::number(index);
}

void RotatingLogFile::fail(const QString& reason)
{
    m_failed = true;
    m_file.close();
    // The log handler is what normally reports problems, so this one goes straight to stderr.
    std::fprintf(stderr, "dewey: cannot write the log file %s (%s); logging to stderr only\n",
                 qPrintable(QDir::toNativeSeparators(filePath())), qPrintable(reason));
    std::fflush(stderr);
}

bool RotatingLogFile::ensureOpen()
{
    if (m_failed)
        return false;
    if (m_file.isOpen())
        return true;
    const QDir directory(m_directory);
    if (!directory.exists()) {
        if (!QDir().mkpath(m_directory)) {
            fail(QStringLiteral("cannot create the folder"));
            return false;
        }
        // Logs name buyers and local addresses: private to this user, like the data folder.
        QFile::setPermissions(m_directory, kOwnerOnly | QFileDevice::ExeOwner);
    }
    m_file.setFileName(filePath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append, kOwnerOnly)) {
        fail(m_file.errorString());
        return false;
    }
    m_size = m_file.size();
    return true;
}

void RotatingLogFile::rotate()
{
    m_file.close();
    QFile::remove(rotatedPath(m_keepFiles - 1));
    for (int index = m_keepFiles - 2; index >= 0; --index) {
        if (QFile::exists(rotatedPath(index)))
            QFile::rename(rotatedPath(index), rotatedPath(index + 1));
    }
    // With keepFiles == 1 the rename loop is empty: start over in the same file.
    QFile::remove(filePath());
    m_size = 0;
}

void RotatingLogFile::writeLine(const QString& line)
{
    QByteArray bytes = line.toUtf8();
    if (bytes.size() + 1 > m_maxBytes) {
        qsizetype cut = m_maxBytes - 1;
        // Do not split a UTF-8 sequence: back up to the start of the character.
        while (cut > 0 && (static_cast<unsigned char>(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        bytes.truncate(cut);
    }
    bytes.append('\n');

    if (!ensureOpen())
        return;
    if (m_size > 0 && m_size + bytes.size() > m_maxBytes) {
        rotate();
        if (!ensureOpen())
            return;
    }
    if (m_file.write(bytes) != bytes.size() || !m_file.flush()) {
        fail(m_file.errorString());
        return;
    }
    m_size += bytes.size();
}

} // namespace Dewey
