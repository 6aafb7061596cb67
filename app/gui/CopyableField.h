#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTimer;

namespace Dewey {

// A read-only line with a Copy button: the URLs the streamer pastes into OBS or Stripe. Selecting
// by hand inside a long token is error-prone; one click is not.
class CopyableField : public QWidget
{
    Q_OBJECT

public:
    // accessibleName names the value for screen readers ("Overlay URL").
    explicit CopyableField(const QString& accessibleName, QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    // Shown instead of the value while there is none, e.g. why the server is not running.
    void setPlaceholderText(const QString& text);

    QLineEdit* lineEdit() const { return m_edit; }
    QPushButton* copyButton() const { return m_copyButton; }

signals:
    void copied();

private:
    void copy();

    QLineEdit* m_edit;
    QPushButton* m_copyButton;
    QTimer* m_resetLabel;
};

} // namespace Dewey
