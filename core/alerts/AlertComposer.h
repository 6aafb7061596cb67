#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertTier.h"
#include "stripe/Sale.h"

#include <QCoreApplication>
#include <QList>

namespace Dewey {

class IClock;

// Turns a recorded sale (or a sample one, for test alerts) into a resolved Alert: picks the tier,
// fills its templates and settles duration, sound and style. Pure apart from the clock and the
// random test ids.
class AlertComposer
{
    Q_DECLARE_TR_FUNCTIONS(AlertComposer)

public:
    // The look of an alert no tier claims.
    struct Defaults
    {
        int durationMs = 8000;
        // Empty: defaultTitleTemplate() in the language in use when the alert is made (the composer
        // exists before the streamer's language is loaded at start-up).
        QString titleTemplate;
        QString textTemplate = defaultTextTemplate();
        QString soundFile = defaultSoundFile();
        QString style = QStringLiteral("default");
        double volume = 0.8; // master volume, 0–1
    };

    static QString defaultTitleTemplate();
    static QString defaultTextTemplate();
    // The sound that ships with the overlay page.
    static QString defaultSoundFile();

    explicit AlertComposer(const IClock& clock);

    const Defaults& defaults() const { return m_defaults; }
    void setDefaults(const Defaults& defaults) { m_defaults = defaults; }
    const QList<AlertTier>& tiers() const { return m_tiers; }
    void setTiers(const QList<AlertTier>& tiers) { m_tiers = tiers; }

    Alert fromSale(const Sale& sale, bool replay = false) const;
    // A sample sale ("Alex just bought Hoodie ×2 — $64.00") through the same tiers, with a fresh
    // test_… event id. `sample` replaces the built-in sample, e.g. to try a tier.
    Alert testAlert() const;
    Alert testAlert(const Sale& sample) const;

    static Sale sampleSale();

private:
    Alert compose(const Sale& sale) const;

    const IClock& m_clock;
    Defaults m_defaults;
    QList<AlertTier> m_tiers;
};

} // namespace Dewey
