#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

class QTranslator;

namespace Dewey {

// Installs Dewey's translation (from :/i18n) and Qt's own for the chosen language: the streamer's
// override from Settings, or else the system locale. English needs no translator.
class LanguageLoader : public QObject
{
    Q_OBJECT

public:
    explicit LanguageLoader(QObject* parent = nullptr);
    ~LanguageLoader() override;

    // Returns the language actually in use ("en" when nothing matched).
    QString apply(const QString& languageOverride, const QLocale& systemLocale = QLocale::system());
    QString activeLanguage() const { return m_active; }

    static QStringList availableLanguages();

private:
    void removeTranslators();

    QList<QTranslator*> m_installed;
    QString m_active = QStringLiteral("en");
};

} // namespace Dewey
