#include "common/LanguageLoader.h"

#include "log/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Dewey {

LanguageLoader::LanguageLoader(QObject* parent)
    : QObject(parent)
{}

LanguageLoader::~LanguageLoader()
{
    removeTranslators();
}

QStringList LanguageLoader::availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const auto files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("dewey_*.qm")}, QDir::Files);
    for (const QString& file : files) {
        const QString language = file.mid(6, file.size() - 6 - 3);
        if (!languages.contains(language))
            languages << language;
    }
    return languages;
}

QString LanguageLoader::apply(const QString& languageOverride, const QLocale& systemLocale)
{
    removeTranslators();
    const QLocale locale = languageOverride.isEmpty() ? systemLocale : QLocale(languageOverride);

    auto* dewey = new QTranslator(this);
    // QTranslator::load(locale, …) tries "pt_BR", then "pt", and each of the locale's UI languages.
    // With no translation for the locale Dewey speaks English, whose file holds the plural forms
    // ("1 alert waiting", not "1 alert(s) waiting").
    const bool loaded =
        (dewey->load(locale, QStringLiteral("dewey"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
         !dewey->isEmpty()) ||
        dewey->load(QStringLiteral("dewey_en"), QStringLiteral(":/i18n"));
    if (loaded && !dewey->isEmpty()) {
        QCoreApplication::installTranslator(dewey);
        m_installed << dewey;
        m_active = dewey->language();
    } else {
        delete dewey;
        m_active = QStringLiteral("en");
    }

    auto* qt = new QTranslator(this);
    if (m_active != QLatin1String("en") && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_installed << qt;
    } else {
        delete qt;
    }
    qCDebug(lcApp) << "language" << m_active;
    return m_active;
}

void LanguageLoader::removeTranslators()
{
    for (QTranslator* translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

} // namespace Dewey
