#pragma once

#include "stripe/Sale.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dewey {

class SalesLedger;

// Writes sales as CSV for spreadsheet apps: RFC 4180 (comma separated, CRLF line ends, fields with a
// comma, quote or line break quoted, quotes doubled), UTF-8 with a byte order mark so Excel reads
// names in any script, and no cell a spreadsheet would run as a formula: buyer names and messages are
// typed by strangers, so a cell starting with = + - @ (or a tab or carriage return) gets a leading
// apostrophe.
class SalesCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(SalesCsvExporter)

public:
    static QStringList header();
    static QStringList fields(const Sale& sale);
    // One cell, made formula-safe and quoted when it needs to be.
    static QString cell(const QString& value);
    // The whole file: BOM, header row, one row per sale.
    static QByteArray toCsv(const QList<Sale>& sales);

    // Every sale created at or after `since` (invalid: all), newest first, written atomically to path.
    static bool exportToFile(const SalesLedger& ledger, const QDateTime& since, const QString& path,
                             int* exported, QString* error);
};

} // namespace Dewey
