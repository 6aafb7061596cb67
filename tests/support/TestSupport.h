#pragma once

#include <QByteArray>
#include <QString>

namespace DeweyTest {

// Absolute path of a file in the source tree (DEWEY_TEST_SOURCE_DIR is set by CTest).
QString sourcePath(const QString& relative);

// Path of an executable under test, from the environment variable CTest sets (DEWEY_CLI, DEWEY_GUI).
QString executable(const char* environmentVariable);

// SHA-256 of a file's bytes, to prove a file was left untouched.
QByteArray fileDigest(const QString& path);

} // namespace DeweyTest
