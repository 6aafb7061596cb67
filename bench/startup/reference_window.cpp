// The reference for bench_startup: what a small Qt Widgets tray app costs to start and to keep idle
// on this machine — a main window with three tabbed pages of ordinary controls and a tray icon,
// nothing else (no database, no servers, no settings). Dewey's figures are read against it.
#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextEdit>
#include <QVBoxLayout>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Startup reference"));
    auto* tabs = new QTabWidget;

    auto* chat = new QWidget;
    auto* chatLayout = new QVBoxLayout(chat);
    chatLayout->addWidget(new QListWidget);
    chatLayout->addWidget(new QTextEdit);
    chatLayout->addWidget(new QPushButton(QStringLiteral("Send")));
    tabs->addTab(chat, QStringLiteral("Chat"));

    auto* table = new QTableWidget(20, 5);
    tabs->addTab(table, QStringLiteral("History"));

    auto* form = new QWidget;
    auto* formLayout = new QFormLayout(form);
    for (int i = 0; i < 8; ++i)
        formLayout->addRow(new QLabel(QStringLiteral("Setting %1").arg(i)), new QLineEdit);
    tabs->addTab(form, QStringLiteral("Settings"));

    window.setCentralWidget(tabs);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1000, 700);

    QSystemTrayIcon tray(QApplication::style()->standardIcon(QStyle::SP_ComputerIcon));
    tray.show();
    window.show();
    return QApplication::exec();
}
