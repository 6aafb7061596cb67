#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace Dewey {

class CopyableField;
class Dialogs;
class KeyringBanner;
class OverlayServer;
class SecretField;
class SecretStore;
class Settings;

// The first-run guide: the overlay URL into OBS, the way to Settings → Stripe, and the OpenAI key.
// Finishing, skipping or closing it all count as done, so it never comes back uninvited; Help →
// Setup guide opens it again.
class SetupGuide : public QDialog
{
    Q_OBJECT

public:
    SetupGuide(Settings& settings, SecretStore& secrets, OverlayServer& overlayServer, Dialogs& dialogs,
               QWidget* parent = nullptr);

    int stepCount() const;
    int currentStep() const;
    void goToStep(int step);

    QPushButton* backButton() const { return m_back; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* finishButton() const { return m_finish; }
    QPushButton* skipButton() const { return m_skip; }
    CopyableField* overlayUrlField() const { return m_overlayUrl; }
    QPushButton* stripeSettingsButton() const { return m_stripeSettings; }
    SecretField* openAiField() const { return m_openAiKey; }
    KeyringBanner* keyringBanner() const { return m_keyringBanner; }

    void done(int result) override;

signals:
    // The streamer wants Settings → Stripe, where the tunnel is chosen and Stripe connected. The
    // guide stays open beside it.
    void stripeSettingsRequested();

private:
    QWidget* createOverlayStep(OverlayServer& overlayServer);
    QWidget* createStripeStep();
    QWidget* createOpenAiStep(Settings& settings, SecretStore& secrets, Dialogs& dialogs);
    void updateButtons();

    Settings& m_settings;
    QStackedWidget* m_steps;
    QLabel* m_progress;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_finish;
    QPushButton* m_skip;
    CopyableField* m_overlayUrl = nullptr;
    QPushButton* m_stripeSettings = nullptr;
    SecretField* m_openAiKey = nullptr;
    KeyringBanner* m_keyringBanner = nullptr;
};

} // namespace Dewey
