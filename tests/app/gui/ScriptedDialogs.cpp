#include "ScriptedDialogs.h"

namespace DeweyTest {

bool ScriptedDialogs::confirm(QWidget*, const Confirmation& confirmation)
{
    confirmations.append(confirmation);
    return m_answers.isEmpty() ? false : m_answers.takeFirst();
}

void ScriptedDialogs::inform(QWidget*, const QString& title, const QString& text)
{
    informations.append({title, text});
}

void ScriptedDialogs::about(QWidget*, const QString& title, const QString& text)
{
    abouts.append({title, text});
}

QString ScriptedDialogs::openFileName(QWidget*, const QString& title, const QString&)
{
    fileTitles.append(title);
    return m_files.isEmpty() ? QString() : m_files.takeFirst();
}

QString ScriptedDialogs::saveFileName(QWidget*, const QString& title, const QString&, const QString&)
{
    fileTitles.append(title);
    return m_files.isEmpty() ? QString() : m_files.takeFirst();
}

} // namespace DeweyTest
