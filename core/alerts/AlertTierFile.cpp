#include "alerts/AlertTierFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Dewey {

namespace {

constexpr int kFormatVersion = 1;

const QString kName = QStringLiteral("name");
const QString kMinAmountMinor = QStringLiteral("minAmountMinor");
const QString kCurrency = QStringLiteral("currency");
const QString kProductContains = QStringLiteral("productContains");
const QString kTitle = QStringLiteral("title");
const QString kText = QStringLiteral("text");
const QString kSound = QStringLiteral("sound");
const QString kDurationMs = QStringLiteral("durationMs");
const QString kStyle = QStringLiteral("style");
const QString kVolume = QStringLiteral("volume");

bool isWholeNumber(const QJsonValue& value)
{
    return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
}

} // namespace

AlertTierFile::ParseResult AlertTierFile::parse(const QByteArray& json)
{
    ParseResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = tr("The tiers file is not valid JSON: %1").arg(parseError.errorString());
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != kFormatVersion) {
        result.error = tr("The tiers file has an unknown version (expected %1).").arg(kFormatVersion);
        return result;
    }
    const QJsonArray list = root.value(QStringLiteral("tiers")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        AlertTier tier;
        tier.name = object.value(kName).toString();
        const QString where = tier.name.isEmpty() ? tr("tier %1").arg(i + 1) : tier.name;
        auto fail = [&](const QString& field) {
            result.tiers.clear();
            result.error = tr("In the tiers file, \"%1\" of %2 is not usable.").arg(field, where);
        };
        if (!list.at(i).isObject()) {
            fail(QStringLiteral("tiers"));
            return result;
        }
        if (object.contains(kMinAmountMinor)) {
            const QJsonValue value = object.value(kMinAmountMinor);
            if (!isWholeNumber(value) || value.toInteger() < 0) {
                fail(kMinAmountMinor);
                return result;
            }
            tier.minAmountMinor = value.toInteger();
        }
        tier.currency = object.value(kCurrency).toString().toLower();
        tier.productContains = object.value(kProductContains).toString();
        tier.titleTemplate = object.value(kTitle).toString();
        tier.textTemplate = object.value(kText).toString();
        tier.sound = object.value(kSound).toString();
        tier.style = object.value(kStyle).toString();
        if (object.contains(kDurationMs)) {
            const QJsonValue value = object.value(kDurationMs);
            if (!isWholeNumber(value) || value.toInteger() < 1000 || value.toInteger() > 60000) {
                fail(kDurationMs);
                return result;
            }
            tier.durationMs = value.toInt();
        }
        if (object.contains(kVolume)) {
            const double volume = object.value(kVolume).toDouble(-1);
            if (volume < 0 || volume > 1) {
                fail(kVolume);
                return result;
            }
            tier.volume = volume;
        }
        result.tiers << tier;
    }
    return result;
}

QByteArray AlertTierFile::serialize(const QList<AlertTier>& tiers)
{
    QJsonArray list;
    for (const AlertTier& tier : tiers) {
        QJsonObject object{{kName, tier.name}};
        auto putText = [&](const QString& key, const QString& value) {
            if (!value.isEmpty())
                object.insert(key, value);
        };
        if (tier.minAmountMinor)
            object.insert(kMinAmountMinor, *tier.minAmountMinor);
        putText(kCurrency, tier.currency);
        putText(kProductContains, tier.productContains);
        putText(kTitle, tier.titleTemplate);
        putText(kText, tier.textTemplate);
        putText(kSound, tier.sound);
        putText(kStyle, tier.style);
        if (tier.durationMs > 0)
            object.insert(kDurationMs, tier.durationMs);
        if (tier.volume)
            object.insert(kVolume, *tier.volume);
        list.append(object);
    }
    const QJsonObject root{{QStringLiteral("version"), kFormatVersion}, {QStringLiteral("tiers"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

AlertTierFile::ParseResult AlertTierFile::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        ParseResult result;
        result.error = tr("Could not read the tiers file %1: %2").arg(path, file.errorString());
        return result;
    }
    return parse(file.readAll());
}

bool AlertTierFile::save(const QString& path, const QList<AlertTier>& tiers, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(serialize(tiers)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not save the tiers file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Dewey
