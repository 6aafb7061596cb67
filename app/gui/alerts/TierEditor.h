#pragma once

#include "alerts/AlertTier.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Dewey {

class AlertPreview;
class AlertsModule;
class Dialogs;
class IClock;
struct OverlayWindowTheme;

// Alerts → Tiers: the streamer's tier rules (minimum amount and currency, product name) and the look
// each gives an alert (title and text templates, duration, sound, style). Tiers are edited on a copy,
// checked as they are typed (an unknown placeholder is named next to the field), previewed with the
// same composer the queue uses, and saved to the tiers file, which the queue uses at once.
class TierEditor : public QWidget
{
    Q_OBJECT

public:
    TierEditor(AlertsModule& alerts, const IClock& clock, Dialogs& dialogs, QWidget* parent = nullptr);

    // What is wrong with one tier, for the streamer; empty when it is usable.
    static QString problem(const AlertTier& tier);

    QList<AlertTier> tiers() const { return m_tiers; }
    int currentTier() const { return m_current; }
    void selectTier(int index);
    void addTier();
    void removeTier();
    void moveTier(int delta);
    // Stores the tiers; false (with the reason in errorText()) when one is not usable.
    bool save();
    void revert();
    bool isModified() const { return m_modified; }
    // The overlay theme the preview is drawn in (the page that owns the editor follows the setting).
    void setPreviewTheme(const OverlayWindowTheme& theme);

    QString errorText() const;
    QListWidget* list() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QDoubleSpinBox* minAmountSpin() const { return m_minAmount; }
    QLineEdit* currencyEdit() const { return m_currency; }
    QLineEdit* productEdit() const { return m_product; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* textEdit() const { return m_text; }
    QSpinBox* durationSpin() const { return m_duration; }
    QLineEdit* soundEdit() const { return m_sound; }
    QPushButton* browseSoundButton() const { return m_browseSound; }
    QComboBox* styleCombo() const { return m_style; }
    QPushButton* saveButton() const { return m_save; }
    AlertPreview* preview() const { return m_preview; }

private:
    void load(const QList<AlertTier>& tiers);
    void rebuildList();
    void showTier();
    void readForm();
    void validate();
    void updatePreview();
    void chooseSound();

    AlertsModule& m_alerts;
    const IClock& m_clock;
    Dialogs& m_dialogs;
    QList<AlertTier> m_tiers;
    int m_current = -1;
    bool m_modified = false;
    bool m_loading = false;

    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QWidget* m_form;
    QLineEdit* m_name;
    QDoubleSpinBox* m_minAmount;
    QLineEdit* m_currency;
    QLineEdit* m_product;
    QLineEdit* m_title;
    QLineEdit* m_text;
    QSpinBox* m_duration;
    QLineEdit* m_sound;
    QPushButton* m_browseSound;
    QComboBox* m_style;
    QLabel* m_error;
    AlertPreview* m_preview;
    QPushButton* m_save;
    QPushButton* m_revert;
};

} // namespace Dewey
