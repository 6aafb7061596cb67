#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace Dewey {

// Help → About Dewey: the version, the Qt and QtKeychain versions with their licence notices (both
// are linked dynamically, which is what LGPL-3 needs for Qt), and a way to the data folder.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // Built into the executable by CMake from the QtKeychain package that was found.
    static QString qtKeychainVersion();

    QString text() const;
    QPushButton* openDataFolderButton() const { return m_openDataFolder; }

signals:
    void openDataFolderRequested();

private:
    QLabel* m_summary;
    QLabel* m_licences;
    QPushButton* m_openDataFolder;
};

} // namespace Dewey
