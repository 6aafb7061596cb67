#pragma once

#include <QString>

class QWidget;

namespace Dewey {

// Every question or notice the GUI puts in front of the streamer goes through this seam, so tests
// answer it from a script instead of a modal loop (no static "next answer" state).
class Dialogs
{
public:
    struct Confirmation
    {
        QString title;
        QString text;
        QString confirmLabel; // the button that goes ahead; the other one always cancels
    };

    virtual ~Dialogs() = default;

    // True when the streamer chose confirmation.confirmLabel; cancelling is the default.
    virtual bool confirm(QWidget* parent, const Confirmation& confirmation) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void about(QWidget* parent, const QString& title, const QString& text) = 0;
    // A file to read or write; empty when the streamer cancelled. filter as in QFileDialog
    // ("Notes (*.jsonl *.md)").
    virtual QString openFileName(QWidget* parent, const QString& title, const QString& filter) = 0;
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                                 const QString& filter) = 0;
};

} // namespace Dewey
