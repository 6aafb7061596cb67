#include "log/LogCategories.h"

namespace Dewey {
Q_LOGGING_CATEGORY(lcApp, "dewey.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "dewey.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "dewey.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "dewey.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "dewey.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOverlay, "dewey.overlay", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWebhook, "dewey.webhook", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStripe, "dewey.stripe", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTunnel, "dewey.tunnel", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAlerts, "dewey.alerts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotes, "dewey.notes", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAssistant, "dewey.assistant", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "dewey.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "dewey.gui", QtInfoMsg)
} // namespace Dewey
