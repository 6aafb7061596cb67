#pragma once

#include "assistant/ChatTypes.h"
#include "assistant/SalesTools.h"
#include "assistant/ToolOutcome.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace Dewey {

class IClock;
class NoteRetriever;
class NotesRepository;
class SalesLedger;

// The functions Dewey offers the model: remember, search_notes, update_note, forget, and (with a
// sales ledger) sales_summary and recent_sales. Arguments come from the model, so every one is
// checked; a bad call gets {"error": …} back for the model to read, never an exception or a guess.
class AssistantTools
{
    Q_DECLARE_TR_FUNCTIONS(AssistantTools)

public:
    static constexpr int kDefaultSearchLimit = 8;
    static constexpr int kMaxSearchLimit = 20;

    // ledger may be null: the sales tools are then not offered.
    AssistantTools(NotesRepository& notes, NoteRetriever& retriever, SalesLedger* ledger,
                   const IClock& clock);

    QList<ToolDefinition> definitions() const;
    bool hasSalesTools() const { return m_sales.has_value(); }

    // A call that must not run before the streamer says yes (forget on an existing note).
    std::optional<ConfirmationRequest> confirmationFor(const ToolCall& call) const;

    // Runs the call. `confirmed` is the streamer's answer for calls that needed confirmation.
    // `done` runs once, possibly before execute() returns (only search_notes waits for the network),
    // and not at all if `context` is destroyed first.
    void execute(const ToolCall& call, bool confirmed, QObject* context,
                 std::function<void(ToolOutcome)> done);

private:
    ToolOutcome remember(const QJsonObject& arguments);
    ToolOutcome updateNote(const QJsonObject& arguments);
    ToolOutcome forget(const QJsonObject& arguments, bool confirmed);
    void searchNotes(const QJsonObject& arguments, QObject* context, std::function<void(ToolOutcome)> done);

    NotesRepository& m_notes;
    NoteRetriever& m_retriever;
    std::optional<SalesTools> m_sales;
};

} // namespace Dewey
