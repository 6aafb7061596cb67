#include "db/SchemaMigrations.h"

namespace Dewey {

// Reserved numbers, so features written in parallel do not collide:
//   1  app_state (runtime state: alerts paused, newest Stripe event seen, …)
//   2  sales ledger
//   3  alert queue
//   4  notes
//   5  conversations
// Take the next free number after these for anything else, and keep the list in order.
const QList<Migration>& schemaMigrations()
{
    static const QList<Migration> migrations = {
        {1,
         QStringLiteral("Create app_state"),
         {QStringLiteral("CREATE TABLE app_state ("
                         " key TEXT PRIMARY KEY,"
                         " value TEXT NOT NULL,"
                         " updated_at TEXT NOT NULL"
                         ")")}},
        // Stripe events seen (the event id is the idempotency key) and the sales made from them. A
        // purchase is unique by its object, PaymentIntent, invoice and starting subscription, so the
        // several events Stripe sends for one purchase make one sale.
        {2,
         QStringLiteral("Create the sales ledger"),
         {QStringLiteral("CREATE TABLE sales ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " event_id TEXT NOT NULL UNIQUE,"
                         " object_id TEXT NOT NULL UNIQUE,"
                         " kind TEXT NOT NULL,"
                         " payment_intent_id TEXT,"
                         " invoice_id TEXT,"
                         " subscription_id TEXT,"
                         " livemode INTEGER NOT NULL,"
                         " created TEXT NOT NULL,"
                         " buyer_name TEXT NOT NULL,"
                         " items TEXT NOT NULL DEFAULT '[]',"
                         " amount_minor INTEGER NOT NULL,"
                         " currency TEXT NOT NULL,"
                         " formatted_amount TEXT NOT NULL,"
                         " message TEXT NOT NULL DEFAULT '',"
                         " status TEXT NOT NULL DEFAULT 'recorded',"
                         " source TEXT NOT NULL,"
                         " announced INTEGER NOT NULL DEFAULT 0,"
                         " recorded_at TEXT NOT NULL"
                         ")"),
          QStringLiteral("CREATE UNIQUE INDEX sales_payment_intent ON sales (payment_intent_id)"
                         " WHERE payment_intent_id IS NOT NULL"),
          QStringLiteral(
              "CREATE UNIQUE INDEX sales_invoice ON sales (invoice_id) WHERE invoice_id IS NOT NULL"),
          QStringLiteral("CREATE UNIQUE INDEX sales_subscription ON sales (subscription_id)"
                         " WHERE subscription_id IS NOT NULL"),
          QStringLiteral("CREATE INDEX sales_created ON sales (created)"),
          QStringLiteral("CREATE INDEX sales_unannounced ON sales (announced) WHERE announced = 0"),
          QStringLiteral("CREATE TABLE stripe_events ("
                         " event_id TEXT PRIMARY KEY,"
                         " type TEXT NOT NULL,"
                         " created TEXT NOT NULL,"
                         " received_at TEXT NOT NULL,"
                         " source TEXT NOT NULL,"
                         " outcome TEXT NOT NULL,"
                         " sale_id INTEGER REFERENCES sales (id),"
                         " object_id TEXT,"
                         " payment_intent_id TEXT,"
                         " invoice_id TEXT,"
                         " status TEXT"
                         ")"),
          QStringLiteral("CREATE INDEX stripe_events_created ON stripe_events (created)"),
          QStringLiteral("CREATE INDEX stripe_events_unmatched ON stripe_events (outcome)"
                         " WHERE outcome = 'unmatched'")}},
        // The alert queue: every alert with its state, so alerts waiting for OBS survive a restart and an
        // alert that went on stream never goes on stream again. Each sale alerts once (replays and test
        // alerts are extra rows); AUTOINCREMENT keeps ids unique for clients echoing them.
        {3,
         QStringLiteral("Create the alert queue"),
         {QStringLiteral("CREATE TABLE alerts ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " event_id TEXT NOT NULL,"
                         " kind TEXT NOT NULL,"
                         " replay INTEGER NOT NULL DEFAULT 0,"
                         " state TEXT NOT NULL,"
                         " payload TEXT NOT NULL,"
                         " created_at TEXT NOT NULL,"
                         " queued_at TEXT NOT NULL,"
                         " finished_at TEXT"
                         ")"),
          QStringLiteral("CREATE UNIQUE INDEX alerts_sale_once ON alerts (event_id)"
                         " WHERE kind = 'sale' AND replay = 0"),
          QStringLiteral("CREATE INDEX alerts_pending ON alerts (id) WHERE state = 'pending'")}},
        {4,
         QStringLiteral("Create notes, their search index and their embeddings"),
         {QStringLiteral("CREATE TABLE notes ("
                         " id INTEGER PRIMARY KEY,"
                         " text TEXT NOT NULL,"
                         " norm TEXT NOT NULL,"
                         " norm_version INTEGER NOT NULL,"
                         " created_at TEXT NOT NULL,"
                         " updated_at TEXT NOT NULL,"
                         " deleted_at TEXT"
                         ")"),
          QStringLiteral("CREATE INDEX notes_by_created ON notes (created_at) WHERE deleted_at IS NULL"),
          // The index holds the normalised shadow column only; text is read from notes.
          QStringLiteral("CREATE VIRTUAL TABLE notes_fts USING fts5(norm, content='notes', "
                         "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2', "
                         "prefix='2 3')"),
          QStringLiteral("CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes "
                         "WHEN new.deleted_at IS NULL BEGIN "
                         " INSERT INTO notes_fts (rowid, norm) VALUES (new.id, new.norm);"
                         " END"),
          QStringLiteral("CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes "
                         "WHEN old.deleted_at IS NULL BEGIN "
                         " INSERT INTO notes_fts (notes_fts, rowid, norm)"
                         "  VALUES ('delete', old.id, old.norm);"
                         " END"),
          // One trigger, so the old row always leaves the index before the new one enters it.
          QStringLiteral("CREATE TRIGGER notes_fts_update AFTER UPDATE OF norm, deleted_at ON notes BEGIN "
                         " INSERT INTO notes_fts (notes_fts, rowid, norm) "
                         "  SELECT 'delete', old.id, old.norm WHERE old.deleted_at IS NULL;"
                         " INSERT INTO notes_fts (rowid, norm) "
                         "  SELECT new.id, new.norm WHERE new.deleted_at IS NULL;"
                         " END"),
          QStringLiteral("CREATE TABLE note_embeddings ("
                         " note_id INTEGER PRIMARY KEY REFERENCES notes (id) ON DELETE CASCADE,"
                         " model TEXT NOT NULL,"
                         " dimensions INTEGER NOT NULL,"
                         " vector BLOB NOT NULL,"
                         " computed_at TEXT NOT NULL"
                         ")"),
          // An edited note's vector describes the old text.
          QStringLiteral("CREATE TRIGGER note_embeddings_stale AFTER UPDATE OF text ON notes BEGIN "
                         " DELETE FROM note_embeddings WHERE note_id = new.id;"
                         " END")}},
        // Conversations with Dewey: each message with its status, the notes its answer cited and what it
        // cost in tokens (NULL when the server did not say). Deleting a conversation deletes its messages.
        {5,
         QStringLiteral("Create conversations and their messages"),
         {QStringLiteral("CREATE TABLE conversations ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " title TEXT NOT NULL DEFAULT '',"
                         " created_at TEXT NOT NULL,"
                         " updated_at TEXT NOT NULL"
                         ")"),
          QStringLiteral("CREATE INDEX conversations_updated ON conversations (updated_at)"),
          QStringLiteral("CREATE TABLE messages ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,"
                         " role TEXT NOT NULL,"
                         " content TEXT NOT NULL,"
                         " status TEXT NOT NULL,"
                         " cited_note_ids TEXT NOT NULL DEFAULT '[]',"
                         " tools_used TEXT NOT NULL DEFAULT '[]',"
                         " model TEXT NOT NULL DEFAULT '',"
                         " prompt_tokens INTEGER,"
                         " completion_tokens INTEGER,"
                         " total_tokens INTEGER,"
                         " created_at TEXT NOT NULL"
                         ")"),
          QStringLiteral("CREATE INDEX messages_by_conversation ON messages (conversation_id, id)")}},
    };
    return migrations;
}

} // namespace Dewey
