#pragma once

#include "assistant/ConnectionTest.h"

#include <QGroupBox>
#include <QPointer>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Dewey {

class Assistant;
class SecretStore;
class Settings;

// Settings → Dewey: which model answers, on which server (any that speaks the OpenAI API), how freely
// it words its answers, and a "Test connection" that asks the server once and says in plain words what
// is wrong. The API key itself lives in Settings → Secrets (one place for every key); this section
// only says whether it is set and leads there.
class AssistantSection : public QGroupBox
{
    Q_OBJECT

public:
    AssistantSection(Settings& settings, SecretStore& secrets, Assistant& assistant,
                     QWidget* parent = nullptr);
    ~AssistantSection() override;

    QLineEdit* modelField() const { return m_model; }
    QLineEdit* baseUrlField() const { return m_baseUrl; }
    QDoubleSpinBox* temperatureField() const { return m_temperature; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* apiKeyButton() const { return m_apiKey; }
    // The inline problem with the base URL; empty when it is fine.
    QString baseUrlError() const;
    QString testResultText() const;
    bool isTesting() const { return m_running != nullptr; }

    // Writes the fields to Settings; false (with the reason shown beside the field) when one is wrong.
    bool save();
    // Saves, then asks the server for its models. The answer arrives on testFinished.
    bool testConnection();

    static QString describe(const ConnectionTestResult& result, const QString& model, const QString& baseUrl);

signals:
    // The streamer wants to enter or change the API key (in Settings → Secrets).
    void apiKeyRequested();
    void testFinished(bool ok, const QString& text);

private:
    void load();
    bool validateBaseUrl();
    void updateKeyState();

    Settings& m_settings;
    SecretStore& m_secrets;
    Assistant& m_assistant;
    QLineEdit* m_model;
    QLineEdit* m_baseUrl;
    QLabel* m_baseUrlError;
    QLabel* m_override;
    QDoubleSpinBox* m_temperature;
    QLabel* m_keyState;
    QPushButton* m_apiKey;
    QPushButton* m_save;
    QPushButton* m_test;
    QLabel* m_result;
    QPointer<ConnectionTest> m_running;
};

} // namespace Dewey
