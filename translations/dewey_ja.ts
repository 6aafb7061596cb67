<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AlertCommands</name>
    <message>
        <source>Alerts are paused.</source>
        <translation>アラートは一時停止中です。</translation>
    </message>
    <message>
        <source>Alerts are on.</source>
        <translation>アラートは有効です。</translation>
    </message>
    <message numerus="yes">
        <source>%n overlay(s) connected, </source>
        <translation>
            <numerusform>接続中のオーバーレイ %n 件、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) waiting.</source>
        <translation>
            <numerusform>待機中のアラート %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not queue a test alert: %1</source>
        <translation>テストアラートをキューに追加できませんでした: %1</translation>
    </message>
    <message>
        <source>Test alert queued.</source>
        <translation>テストアラートをキューに追加しました。</translation>
    </message>
    <message>
        <source>No overlay is connected yet: it plays when OBS connects.</source>
        <translation>まだオーバーレイが接続されていません。OBS が接続すると再生されます。</translation>
    </message>
    <message>
        <source>Alerts are paused: it plays when you resume.</source>
        <translation>アラートは一時停止中です。再開すると再生されます。</translation>
    </message>
    <message>
        <source>Could not change the pause: %1</source>
        <translation>一時停止を切り替えられませんでした: %1</translation>
    </message>
    <message>
        <source>Alerts paused.</source>
        <translation>アラートを一時停止しました。</translation>
    </message>
    <message>
        <source>Alerts resumed.</source>
        <translation>アラートを再開しました。</translation>
    </message>
    <message>
        <source>Skipped the alert on screen.</source>
        <translation>表示中のアラートをスキップしました。</translation>
    </message>
    <message>
        <source>No alert is on screen.</source>
        <translation>表示中のアラートはありません。</translation>
    </message>
    <message>
        <source>Could not clear the alerts: %1</source>
        <translation>アラートをクリアできませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n waiting alert(s).</source>
        <translation>
            <numerusform>待機中のアラート %n 件をクリアしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaying sales is not available here.</source>
        <translation>ここでは購入のリプレイは使えません。</translation>
    </message>
    <message>
        <source>No sale was recorded for the event &quot;%1&quot;.</source>
        <translation>イベント「%1」の購入は記録されていません。</translation>
    </message>
    <message>
        <source>Could not replay the sale: %1</source>
        <translation>購入をリプレイできませんでした: %1</translation>
    </message>
    <message>
        <source>Replay of %1&apos;s sale queued.</source>
        <translation>%1 さんの購入のリプレイをキューに追加しました。</translation>
    </message>
</context>
<context>
    <name>AlertComposer</name>
    <message>
        <source>{buyer} just bought {items} — {amount}</source>
        <extracomment>The default alert line. Keep the {placeholders}; they are filled with the sale&apos;s details.</extracomment>
        <translation>{buyer} さんが {items} を購入しました — {amount}</translation>
    </message>
    <message>
        <source>Alex</source>
        <extracomment>The buyer in a test alert.</extracomment>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Hoodie</source>
        <extracomment>The product in a test alert.</extracomment>
        <translation>パーカー</translation>
    </message>
    <message>
        <source>This is a test alert from Dewey.</source>
        <extracomment>The buyer&apos;s message in a test alert.</extracomment>
        <translation>これは Dewey のテストアラートです。</translation>
    </message>
    <message>
        <source>Someone</source>
        <extracomment>Shown as the buyer when the sale has no name to show.</extracomment>
        <translation>匿名</translation>
    </message>
</context>
<context>
    <name>AlertRepository</name>
    <message>
        <source>The database is not open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Dewey could not queue the alert: %1</source>
        <translation>Dewey はアラートをキューに追加できませんでした: %1</translation>
    </message>
    <message>
        <source>Dewey could not update the alert queue: %1</source>
        <translation>Dewey はアラートキューを更新できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>AlertTemplate</name>
    <message>
        <source>%1 ×%2</source>
        <extracomment>An item with its quantity in an alert, e.g. &quot;Hoodie ×2&quot;.</extracomment>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>something</source>
        <extracomment>Stands for the items when the store did not say what was bought: &quot;Alex just bought something&quot;.</extracomment>
        <translation>何か</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates items in an alert: &quot;Hoodie ×2, Cap&quot;.</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>AlertTierFile</name>
    <message>
        <source>The tiers file is not valid JSON: %1</source>
        <translation>ティアファイルが正しい JSON ではありません: %1</translation>
    </message>
    <message>
        <source>The tiers file has an unknown version (expected %1).</source>
        <translation>ティアファイルのバージョンが不明です（想定: %1）。</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>ティア %1</translation>
    </message>
    <message>
        <source>In the tiers file, &quot;%1&quot; of %2 is not usable.</source>
        <translation>ティアファイルの %2 の「%1」は使用できません。</translation>
    </message>
    <message>
        <source>Could not read the tiers file %1: %2</source>
        <translation>ティアファイル %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not save the tiers file %1: %2</source>
        <translation>ティアファイル %1 を保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>Control the alerts of the running Dewey: test, pause, resume, skip, clear, status, replay.</source>
        <translation>実行中の Dewey のアラートを操作します: test、pause、resume、skip、clear、status、replay。</translation>
    </message>
    <message>
        <source>Print the answer as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>say what to do: %1.</source>
        <translation>何をするか指定してください: %1。</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;.</source>
        <translation>不明な操作「%1」です。</translation>
    </message>
    <message>
        <source>name the sale&apos;s Stripe event id (evt_…).</source>
        <translation>購入の Stripe イベント ID（evt_…）を指定してください。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
</context>
<context>
    <name>AppStateRepository</name>
    <message>
        <source>The database is not open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Dewey could not save &quot;%1&quot; in its database: %2</source>
        <translation>Dewey は「%1」をデータベースに保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Dewey could not remove &quot;%1&quot; from its database: %2</source>
        <translation>Dewey は「%1」をデータベースから削除できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>Ask Dewey (or tell it something to remember); the answer streams to stdout.</source>
        <translation>Dewey に質問します（または覚えてほしいことを伝えます）。回答は stdout に逐次出力されます。</translation>
    </message>
    <message>
        <source>What to ask or tell Dewey.</source>
        <translation>Dewey への質問や伝えたいこと。</translation>
    </message>
    <message>
        <source>Print one JSON object when the answer is complete (answer, citations, usage) instead of streaming text.</source>
        <translation>回答が完了したら、テキストを逐次出力する代わりに JSON オブジェクトを 1 つ出力します（answer、citations、usage）。</translation>
    </message>
    <message>
        <source>Allow Dewey to delete notes when asked to (otherwise deletions are declined).</source>
        <translation>頼まれたときに Dewey がメモを削除するのを許可します（許可しない場合、削除は断られます）。</translation>
    </message>
    <message>
        <source>Continue conversation ID instead of starting a new one.</source>
        <translation>新しい会話を始めずに、会話 ID の続きから話します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>dewey-cli also reads the key from DEWEY_OPENAI_API_KEY.</source>
        <translation>dewey-cli は DEWEY_OPENAI_API_KEY からもキーを読み取ります。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>what should Dewey answer? e.g. dewey-cli ask &quot;what&apos;s the airbnb code?&quot;</source>
        <translation>Dewey に何を答えてほしいですか？ 例: dewey-cli ask &quot;airbnb の暗証番号は？&quot;</translation>
    </message>
    <message>
        <source>--conversation takes a conversation id (a positive number).</source>
        <translation>--conversation には会話 ID（正の数）を指定します。</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3).</source>
        <translation>%1 %2 秒後に再試行します（%3 回目）。</translation>
    </message>
    <message>
        <source>deleting note %1 (--yes).</source>
        <translation>メモ %1 を削除します（--yes）。</translation>
    </message>
    <message>
        <source>Dewey wanted to delete note %1 (&quot;%2&quot;); it was kept. Run with --yes to allow deletions.</source>
        <translation>Dewey はメモ %1（「%2」）を削除しようとしましたが、残しました。削除を許可するには --yes を付けて実行してください。</translation>
    </message>
    <message>
        <source>stopped; the part of the answer that arrived was kept.</source>
        <translation>停止しました。届いた分の回答は残してあります。</translation>
    </message>
</context>
<context>
    <name>AssistantTools</name>
    <message>
        <source>Dewey wants to delete this note. Delete it?</source>
        <translation>Dewey がこのメモを削除しようとしています。削除しますか？</translation>
    </message>
    <message>
        <source>The arguments of %1 are not a JSON object.</source>
        <translation>%1 の引数が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>There is no tool called &quot;%1&quot;.</source>
        <translation>「%1」というツールはありません。</translation>
    </message>
    <message>
        <source>remember needs the text of the note.</source>
        <translation>remember にはメモの本文が必要です。</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>メモを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Saved note %1</source>
        <translation>メモ %1 を保存しました</translation>
    </message>
    <message>
        <source>update_note needs the id of a note and its new text.</source>
        <translation>update_note にはメモの ID と新しい本文が必要です。</translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation>メモ %1 はありません。</translation>
    </message>
    <message>
        <source>Note %1 could not be changed: %2</source>
        <translation>メモ %1 を変更できませんでした: %2</translation>
    </message>
    <message>
        <source>Changed note %1</source>
        <translation>メモ %1 を変更しました</translation>
    </message>
    <message>
        <source>forget needs the id of a note.</source>
        <translation>forget にはメモの ID が必要です。</translation>
    </message>
    <message>
        <source>Kept note %1</source>
        <translation>メモ %1 を残しました</translation>
    </message>
    <message>
        <source>Note %1 could not be deleted: %2</source>
        <translation>メモ %1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Deleted note %1</source>
        <translation>メモ %1 を削除しました</translation>
    </message>
    <message>
        <source>search_notes needs a query.</source>
        <translation>search_notes には検索語が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>Searched notes for “%1” (%n found)</source>
        <translation>
            <numerusform>メモを「%1」で検索しました（%n 件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuyerPrivacy</name>
    <message>
        <source>Someone</source>
        <translation>匿名</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Use DIR as the data folder (default: the folder the Dewey app uses; the environment variable DEWEY_DATA_DIR also sets it).</source>
        <translation>DIR をデータフォルダーとして使います（既定: Dewey アプリが使うフォルダー。環境変数 DEWEY_DATA_DIR でも指定できます）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &apos;dewey-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>コマンドのオプションは &apos;dewey-cli COMMAND --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>dewey-cli: Dewey without a window, for scripts, Stream Deck buttons and servers.</source>
        <translation>dewey-cli: ウィンドウなしの Dewey。スクリプト、Stream Deck のボタン、サーバー向けです。</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>実行するコマンド（下記参照）。</translation>
    </message>
    <message>
        <source>Run &apos;dewey-cli --help&apos; for usage.</source>
        <translation>使い方は &apos;dewey-cli --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>Run &apos;dewey-cli %1 --help&apos; for usage.</source>
        <translation>使い方は &apos;dewey-cli %1 --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
</context>
<context>
    <name>ControlClient</name>
    <message>
        <source>Dewey is not running with the data folder %1. Start the app or `dewey-cli serve` first.</source>
        <translation>データフォルダー %1 で Dewey が実行されていません。先にアプリか `dewey-cli serve` を起動してください。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Dewey did not take the command: %1</source>
        <translation>Dewey がコマンドを受け付けませんでした: %1</translation>
    </message>
    <message>
        <source>Dewey did not answer the command in time.</source>
        <translation>Dewey が時間内にコマンドに応答しませんでした。</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>データフォルダー %1 はフォルダーではなくファイルです。</translation>
    </message>
    <message>
        <source>Could not create the data folder %1. Check that its parent folder is writable, or choose another one with --data-dir.</source>
        <translation>データフォルダー %1 を作成できませんでした。親フォルダーに書き込めるか確認するか、--data-dir で別のフォルダーを指定してください。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 was created by a newer version of Dewey (schema %2, this version understands up to %3). Install the newer Dewey, or choose another data folder.</source>
        <translation>データベース %1 は新しいバージョンの Dewey で作成されています（スキーマ %2。このバージョンは %3 まで対応）。新しい Dewey をインストールするか、別のデータフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>This build of Dewey has a broken database schema (%1). Please report it.</source>
        <translation>この Dewey のビルドのデータベーススキーマに不具合があります（%1）。報告をお願いします。</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>データベースファイルが指定されていません。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is missing, so Dewey cannot open %1. Reinstall Dewey.</source>
        <translation>Qt の SQLite ドライバー（QSQLITE）が見つからないため、Dewey は %1 を開けません。Dewey を再インストールしてください。</translation>
    </message>
    <message>
        <source>Cannot open %1: the database connection name &quot;%2&quot; is already in use.</source>
        <translation>%1 を開けません: 接続名「%2」はすでに使われています。</translation>
    </message>
    <message>
        <source>The folder %1 for Dewey&apos;s database does not exist. Create it, or choose another data folder.</source>
        <translation>Dewey のデータベース用フォルダー %1 がありません。作成するか、別のデータフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Dewey cannot read its database %1 (%2). Check the file&apos;s permissions, or choose another data folder.</source>
        <translation>Dewey はデータベース %1 を読み込めません（%2）。ファイルのアクセス権を確認するか、別のデータフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The file %1 is not a Dewey database or is damaged; it was left untouched. Move it away to start fresh, or restore a backup. (Details: %2)</source>
        <translation>ファイル %1 は Dewey のデータベースではないか、破損しています。ファイルには手を付けていません。最初からやり直すには別の場所に移動するか、バックアップから復元してください。（詳細: %2）</translation>
    </message>
    <message>
        <source>Dewey cannot write to the folder %1 that holds its database. Check the folder&apos;s permissions, or choose another data folder.</source>
        <translation>Dewey はデータベースのあるフォルダー %1 に書き込めません。フォルダーのアクセス権を確認するか、別のデータフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Dewey cannot write to its database %1. Check the file&apos;s permissions, or choose another data folder.</source>
        <translation>Dewey はデータベース %1 に書き込めません。ファイルのアクセス権を確認するか、別のデータフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Dewey cannot open its database %1: %2</source>
        <translation>Dewey はデータベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>it cannot use write-ahead logging (SQLite answered &quot;%1&quot;); a network drive may be the cause</source>
        <translation>先行書き込みログ（WAL）を使えません（SQLite の応答:「%1」）。ネットワークドライブが原因の可能性があります</translation>
    </message>
    <message>
        <source>Dewey cannot read the schema of its database %1: %2</source>
        <translation>Dewey はデータベース %1 のスキーマを読み込めません: %2</translation>
    </message>
    <message>
        <source>Dewey could not update its database %1: migration %2 (%3) failed: %4. The database was left at schema %5.</source>
        <translation>Dewey はデータベース %1 を更新できませんでした: マイグレーション %2（%3）が失敗しました: %4。データベースはスキーマ %5 のままです。</translation>
    </message>
</context>
<context>
    <name>DatabaseFileCheck</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>it does not start with an SQLite header</source>
        <translation>SQLite のヘッダーで始まっていません</translation>
    </message>
    <message>
        <source>it is shorter than an SQLite header</source>
        <translation>SQLite のヘッダーより短いです</translation>
    </message>
    <message>
        <source>it is cut off: its header counts %1 bytes but the file holds %2</source>
        <translation>途中で切れています: ヘッダーでは %1 バイトですが、ファイルは %2 バイトです</translation>
    </message>
</context>
<context>
    <name>Dewey::AboutDialog</name>
    <message>
        <source>Open &amp;data folder</source>
        <translation>データフォルダーを開く(&amp;D)</translation>
    </message>
    <message>
        <source>About Dewey</source>
        <translation>Dewey について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dewey %1&lt;/h3&gt;&lt;p&gt;Store sale alerts and a notes assistant for livestreamers.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: your sales, your notes and your keys.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3. QtKeychain %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dewey %1&lt;/h3&gt;&lt;p&gt;ライブ配信者のための、ストアの購入アラートとメモアシスタント。&lt;/p&gt;&lt;p&gt;購入、メモ、キーなど、すべてがこのコンピューター内に保存されます。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド、Qt %3 で実行中。QtKeychain %4。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; is © The Qt Company Ltd. and other contributors, used under the GNU Lesser General Public License version 3 (&lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;LGPL-3.0&lt;/a&gt;). Dewey loads the Qt libraries from separate files, so you may replace them with your own build; Qt&apos;s source code is at &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; is © Frank Osterfeld and other contributors, used under the BSD 3-Clause License (&lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD-3-Clause&lt;/a&gt;): it comes without any warranty, and its authors&apos; names may not be used to promote Dewey.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; は © The Qt Company Ltd. およびその他の貢献者によるもので、GNU Lesser General Public License バージョン 3（&lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;LGPL-3.0&lt;/a&gt;）のもとで使用しています。Dewey は Qt ライブラリを別ファイルから読み込むため、ご自身でビルドしたものに置き換えられます。Qt のソースコードは &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt; にあります。&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; は © Frank Osterfeld およびその他の貢献者によるもので、BSD 3 条項ライセンス（&lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD-3-Clause&lt;/a&gt;）のもとで使用しています。無保証で提供されており、作者の名前を Dewey の宣伝に使うことはできません。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertCard</name>
    <message>
        <source>Alert card</source>
        <translation>アラートカード</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertPreview</name>
    <message>
        <source>Alert preview</source>
        <translation>アラートのプレビュー</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertQueue</name>
    <message>
        <source>Dewey could not read the waiting alerts from its database.</source>
        <translation>Dewey は待機中のアラートをデータベースから読み込めませんでした。</translation>
    </message>
    <message>
        <source>The sale is too old to be shown on stream.</source>
        <translation>この購入は古すぎるため、配信には表示されません。</translation>
    </message>
    <message>
        <source>This sale has already been queued.</source>
        <translation>この購入はすでにキューに入っています。</translation>
    </message>
    <message>
        <source>Refunded or disputed sales are not shown on stream.</source>
        <translation>返金または異議申し立てされた購入は配信に表示されません。</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Alerts are paused: new sales are recorded, but not shown on stream.</source>
        <translation>アラートは一時停止中です。新しい購入は記録されますが、配信には表示されません。</translation>
    </message>
    <message>
        <source>Overlay for OBS</source>
        <translation>OBS 用オーバーレイ</translation>
    </message>
    <message>
        <source>Overlay URL</source>
        <translation>オーバーレイ URL</translation>
    </message>
    <message>
        <source>Appears when the overlay server is running</source>
        <translation>オーバーレイサーバーの起動後に表示されます</translation>
    </message>
    <message>
        <source>Overlay &amp;URL:</source>
        <translation>オーバーレイ URL(&amp;U):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Show alerts in OBS&lt;/b&gt;&lt;ol&gt;&lt;li&gt;In OBS, add a source to your scene: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Browser&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the overlay URL into the &lt;b&gt;URL&lt;/b&gt; field.&lt;/li&gt;&lt;li&gt;Set &lt;b&gt;Width&lt;/b&gt; to 1920 and &lt;b&gt;Height&lt;/b&gt; to 1080, then click &lt;b&gt;OK&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;The overlay is transparent until a sale comes in. Keep the URL private: anyone with it can watch your alerts.</source>
        <translation>&lt;b&gt;OBS にアラートを表示する&lt;/b&gt;&lt;ol&gt;&lt;li&gt;OBS でシーンにソースを追加します: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;ブラウザ&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;オーバーレイ URL を &lt;b&gt;URL&lt;/b&gt; 欄に貼り付けます。&lt;/li&gt;&lt;li&gt;&lt;b&gt;幅&lt;/b&gt;を 1920、&lt;b&gt;高さ&lt;/b&gt;を 1080 にして &lt;b&gt;OK&lt;/b&gt; をクリックします。&lt;/li&gt;&lt;/ol&gt;購入があるまでオーバーレイは透明です。URL は人に教えないでください。URL を知っている人は誰でもアラートを見られます。</translation>
    </message>
    <message>
        <source>Stripe webhooks</source>
        <translation>Stripe Webhook</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <source>Appears when the webhook receiver is running</source>
        <translation>Webhook 受信の開始後に表示されます</translation>
    </message>
    <message>
        <source>&amp;Webhook URL (local):</source>
        <translation>Webhook URL（ローカル）(&amp;W):</translation>
    </message>
    <message>
        <source>The overlay server is not running, so OBS cannot show alerts. Restart Dewey; if this persists, choose another overlay port in Settings.</source>
        <translation>オーバーレイサーバーが動いていないため、OBS にアラートを表示できません。Dewey を再起動してください。それでも直らない場合は、設定で別のオーバーレイ用ポートを選んでください。</translation>
    </message>
    <message>
        <source>Running on port %1. No overlay is connected yet.</source>
        <translation>ポート %1 で実行中。まだオーバーレイは接続されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Running on port %1. Connected overlays: %n.</source>
        <translation>
            <numerusform>ポート %1 で実行中。接続中のオーバーレイ: %n。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume alerts</source>
        <translation>アラートを再開</translation>
    </message>
    <message>
        <source>Pause alerts</source>
        <translation>アラートを一時停止</translation>
    </message>
    <message>
        <source>Show sale alerts on stream again</source>
        <translation>購入アラートを再び配信に表示します</translation>
    </message>
    <message>
        <source>Stop showing sale alerts on stream; sales are still recorded</source>
        <translation>購入アラートの配信への表示を止めます。購入は引き続き記録されます</translation>
    </message>
    <message>
        <source>Alert queue: empty.</source>
        <translation>アラートキュー: 空です。</translation>
    </message>
    <message numerus="yes">
        <source>Alert queue: %n waiting.</source>
        <translation>
            <numerusform>アラートキュー: %n 件待機中。</numerusform>
        </translation>
    </message>
    <message>
        <source>They play when you resume alerts.</source>
        <translation>アラートを再開すると再生されます。</translation>
    </message>
    <message>
        <source>They play when an overlay connects.</source>
        <translation>オーバーレイが接続すると再生されます。</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>ライブ(&amp;L)</translation>
    </message>
    <message>
        <source>Sales &amp;history</source>
        <translation>購入履歴(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tiers</source>
        <translation>ティア(&amp;T)</translation>
    </message>
    <message>
        <source>Alert queue</source>
        <translation>アラートキュー</translation>
    </message>
    <message>
        <source>S&amp;kip current</source>
        <translation>現在のアラートをスキップ(&amp;K)</translation>
    </message>
    <message>
        <source>Take the alert on screen off now</source>
        <translation>表示中のアラートを今すぐ消します</translation>
    </message>
    <message>
        <source>&amp;Clear waiting</source>
        <translation>待機中をクリア(&amp;C)</translation>
    </message>
    <message>
        <source>Drop the waiting alerts; the sales stay in the history and can be replayed</source>
        <translation>待機中のアラートを破棄します。購入は履歴に残り、リプレイできます</translation>
    </message>
    <message>
        <source>Send &amp;test alert</source>
        <translation>テストアラートを送信(&amp;E)</translation>
    </message>
    <message>
        <source>Shows a made-up sale on the overlay, to check OBS shows it</source>
        <translation>架空の購入をオーバーレイに表示して、OBS に表示されるか確認します</translation>
    </message>
    <message>
        <source>&amp;Regenerate URL…</source>
        <translation>URL を再生成(&amp;R)…</translation>
    </message>
    <message>
        <source>Make a new secret overlay URL, e.g. after it was shown on stream</source>
        <translation>新しい秘密のオーバーレイ URL を作成します（配信に映ってしまったときなど）</translation>
    </message>
    <message>
        <source>Stripe reaches this address through a tunnel (the Stripe CLI, cloudflared or ngrok), chosen in Settings → Stripe.</source>
        <translation>Stripe はトンネル（Stripe CLI、cloudflared、ngrok）経由でこのアドレスに届きます。トンネルは 設定 → Stripe で選びます。</translation>
    </message>
    <message>
        <source>Now showing: %1</source>
        <translation>表示中: %1</translation>
    </message>
    <message>
        <source>Nothing on screen.</source>
        <translation>画面には何も表示されていません。</translation>
    </message>
    <message>
        <source>Could not send a test alert: %1</source>
        <translation>テストアラートを送信できませんでした: %1</translation>
    </message>
    <message>
        <source>Test alert queued.</source>
        <translation>テストアラートをキューに追加しました。</translation>
    </message>
    <message>
        <source>Could not clear the queue: %1</source>
        <translation>キューをクリアできませんでした: %1</translation>
    </message>
    <message>
        <source>Waiting alerts cleared: %1. Replay any sale from the sales history.</source>
        <translation>待機中のアラートをクリアしました: %1。購入履歴からどの購入でもリプレイできます。</translation>
    </message>
    <message>
        <source>Live alerts</source>
        <translation>ライブアラート</translation>
    </message>
</context>
<context>
    <name>Dewey::AppearanceSection</name>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies after Dewey restarts.</source>
        <translation>言語の変更は Dewey の再起動後に反映されます。</translation>
    </message>
    <message>
        <source>Show alerts in an always-on-top window on this computer</source>
        <translation>このコンピューターで常に手前に表示されるウィンドウにアラートを表示します</translation>
    </message>
    <message>
        <source>Overlay window screen</source>
        <translation>オーバーレイウィンドウの画面</translation>
    </message>
    <message>
        <source>Main screen</source>
        <translation>メイン画面</translation>
    </message>
    <message>
        <source>Overlay window corner</source>
        <translation>オーバーレイウィンドウの位置</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>右上</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>左上</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>右下</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>左下</translation>
    </message>
    <message>
        <source>Overlay window &amp;screen:</source>
        <translation>オーバーレイウィンドウの画面(&amp;S):</translation>
    </message>
    <message>
        <source>Overlay window &amp;corner:</source>
        <translation>オーバーレイウィンドウの位置(&amp;C):</translation>
    </message>
    <message>
        <source>Overlay window:</source>
        <translation>オーバーレイウィンドウ:</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1（未接続）</translation>
    </message>
    <message>
        <source>Let clicks pass t&amp;hrough the overlay window</source>
        <translation>オーバーレイウィンドウでクリックを透過する(&amp;H)</translation>
    </message>
    <message>
        <source>On: clicking where the alert is reaches the game below it</source>
        <translation>オン: アラートの上をクリックすると、下のゲームに届きます</translation>
    </message>
    <message>
        <source>The window never takes the keyboard from the game. Also in the tray menu.</source>
        <translation>ウィンドウがゲームからキーボード入力を奪うことはありません。トレイのメニューにもあります。</translation>
    </message>
</context>
<context>
    <name>Dewey::AssistantSection</name>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>API キーを変更…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Dewey answers with OpenAI, or with any server that speaks the OpenAI API: Ollama (http://localhost:11434/v1), LM Studio (http://localhost:1234/v1), llama.cpp.</source>
        <translation>Dewey は OpenAI、または OpenAI API 互換の任意のサーバーで回答します: Ollama (http://localhost:11434/v1)、LM Studio (http://localhost:1234/v1)、llama.cpp。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>空欄の場合: %1</translation>
    </message>
    <message>
        <source>Server base URL</source>
        <translation>サーバーのベース URL</translation>
    </message>
    <message>
        <source>With the version path, as the OpenAI SDKs write it; empty: %1</source>
        <translation>OpenAI SDK と同じくバージョンのパスまで含めます。空欄の場合: %1</translation>
    </message>
    <message>
        <source>Base URL problem</source>
        <translation>ベース URL の問題</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>temperature</translation>
    </message>
    <message>
        <source>Lower keeps answers close to your notes; higher words them more freely.</source>
        <translation>低いほど回答がメモに忠実になり、高いほど自由な言い回しになります。</translation>
    </message>
    <message>
        <source>Change the OpenAI API key in Settings, Secrets</source>
        <translation>OpenAI API キーは 設定 → シークレット で変更します</translation>
    </message>
    <message>
        <source>Save the Dewey settings</source>
        <translation>Dewey の設定を保存</translation>
    </message>
    <message>
        <source>Test the connection to the server</source>
        <translation>サーバーへの接続をテスト</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>ベース URL:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>temperature:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API キー:</translation>
    </message>
    <message>
        <source>%1 is set, so Dewey uses that server instead of this one.</source>
        <translation>%1 が設定されているため、Dewey はこのサーバーではなくそちらを使います。</translation>
    </message>
    <message>
        <source>Set (kept with the other keys in Secrets).</source>
        <translation>設定済み（ほかのキーと一緒にシークレットに保存されています）。</translation>
    </message>
    <message>
        <source>Not set. OpenAI needs one; most local servers do not.</source>
        <translation>未設定。OpenAI には必要ですが、ほとんどのローカルサーバーには不要です。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>サーバーに問い合わせ中…</translation>
    </message>
    <message>
        <source>OK: %1 answered and offers the model %2.</source>
        <translation>OK: %1 が応答し、モデル %2 を提供しています。</translation>
    </message>
    <message>
        <source>%1 answered, but it has no model named %2. It offers: %3.</source>
        <translation>%1 は応答しましたが、%2 という名前のモデルはありません。提供されているモデル: %3。</translation>
    </message>
    <message>
        <source>%1 refused the API key. Check the key in Settings → Secrets.</source>
        <translation>%1 が API キーを拒否しました。設定 → シークレット でキーを確認してください。</translation>
    </message>
    <message>
        <source>%1 needs an API key. Enter it in Settings → Secrets.</source>
        <translation>%1 には API キーが必要です。設定 → シークレット で入力してください。</translation>
    </message>
    <message>
        <source>No server is reachable at %1. Is it running, and is the address right?</source>
        <translation>%1 に接続できるサーバーがありません。起動しているか、アドレスが正しいか確認してください。</translation>
    </message>
    <message>
        <source>%1 has no model named %2.</source>
        <translation>%1 には %2 という名前のモデルがありません。</translation>
    </message>
</context>
<context>
    <name>Dewey::CatchUp</name>
    <message>
        <source>Catch-up needs the Stripe secret key: add it in Settings → Secrets.</source>
        <translation>キャッチアップには Stripe のシークレットキーが必要です。設定 → シークレット で追加してください。</translation>
    </message>
    <message>
        <source>Stripe&apos;s event list did not end after %1 pages; catch-up stopped.</source>
        <translation>Stripe のイベント一覧が %1 ページを超えても終わらなかったため、キャッチアップを中止しました。</translation>
    </message>
    <message>
        <source>Could not record event %1: %2</source>
        <translation>イベント %1 を記録できませんでした: %2</translation>
    </message>
    <message>
        <source>Dewey last caught up with Stripe on %1. Stripe keeps events for %2 days, so sales from %1 to %3 may be missing here: check them in your Stripe dashboard.</source>
        <translation>Dewey が最後に Stripe とキャッチアップしたのは %1 です。Stripe はイベントを %2 日間しか保存しないため、%1 から %3 までの購入がここに抜けている可能性があります。Stripe ダッシュボードで確認してください。</translation>
    </message>
    <message>
        <source>Catching up with Stripe…</source>
        <translation>Stripe とキャッチアップ中…</translation>
    </message>
    <message>
        <source>Not caught up yet.</source>
        <translation>まだキャッチアップしていません。</translation>
    </message>
    <message>
        <source>Catch-up at %1 failed: %2</source>
        <translation>%1 のキャッチアップに失敗しました: %2</translation>
    </message>
    <message>
        <source>Caught up at %1: no missed sales.</source>
        <translation>%1 にキャッチアップ完了: 取りこぼした購入はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Caught up at %1: %n missed sale(s) recorded.</source>
        <translation>
            <numerusform>%1 にキャッチアップ完了: 取りこぼした購入 %n 件を記録しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::ChatErrorBanner</name>
    <message>
        <source>Open Settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Problem with the last answer</source>
        <translation>直前の回答で問題が発生しました</translation>
    </message>
    <message>
        <source>Open Settings to fix the OpenAI connection</source>
        <translation>設定を開いて OpenAI への接続を修正</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>もう一度質問</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
    <message>
        <source>Dewey could not reach the OpenAI server: the network seems to be down. Your message is saved; press Retry when you are back online.</source>
        <translation>Dewey は OpenAI のサーバーに接続できませんでした。ネットワークが切断されているようです。メッセージは保存されています。オンラインに戻ったら「再試行」を押してください。</translation>
    </message>
    <message>
        <source>OpenAI is limiting how fast Dewey may ask right now. Your message is saved; press Retry in a moment.</source>
        <translation>OpenAI が現在 Dewey の問い合わせ頻度を制限しています。メッセージは保存されています。少し待ってから「再試行」を押してください。</translation>
    </message>
    <message>
        <source>The OpenAI server had a problem answering. Your message is saved; press Retry.</source>
        <translation>OpenAI のサーバーで回答中に問題が発生しました。メッセージは保存されています。「再試行」を押してください。</translation>
    </message>
    <message>
        <source>Dewey could not answer.</source>
        <translation>Dewey は回答できませんでした。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>Your OpenAI API key was refused — check it in Settings → Secrets.</source>
        <translation>OpenAI API キーが拒否されました。設定 → シークレット で確認してください。</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatInput</name>
    <message>
        <source>Message to Dewey</source>
        <translation>Dewey へのメッセージ</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops the answer.</source>
        <translation>Enter で送信、Shift+Enter で改行、Esc で回答を停止します。</translation>
    </message>
    <message>
        <source>Tell Dewey something to remember, or ask about your notes…</source>
        <translation>Dewey に覚えてほしいことを伝えるか、メモについて質問してください…</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatMessageView</name>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>あなたのメッセージ</translation>
    </message>
    <message>
        <source>Dewey&apos;s answer</source>
        <translation>Dewey の回答</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatSession</name>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>その会話はもうありません。</translation>
    </message>
    <message>
        <source>Type a note or a question first.</source>
        <translation>先にメモか質問を入力してください。</translation>
    </message>
    <message>
        <source>Dewey is still answering. Wait for the answer, or press Stop.</source>
        <translation>Dewey はまだ回答中です。回答を待つか、停止を押してください。</translation>
    </message>
    <message>
        <source>Dewey is still answering.</source>
        <translation>Dewey はまだ回答中です。</translation>
    </message>
    <message>
        <source>There is no message waiting for an answer.</source>
        <translation>回答待ちのメッセージはありません。</translation>
    </message>
    <message>
        <source>The model sent an empty answer. Try again, or choose another model in Settings.</source>
        <translation>モデルから空の回答が返されました。もう一度試すか、設定で別のモデルを選んでください。</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatView</name>
    <message>
        <source>Conversation with Dewey</source>
        <translation>Dewey との会話</translation>
    </message>
</context>
<context>
    <name>Dewey::CitationChips</name>
    <message>
        <source>Notes this answer cites</source>
        <translation>この回答が引用しているメモ</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>メモ %1</translation>
    </message>
    <message>
        <source>Open note %1</source>
        <translation>メモ %1 を開く</translation>
    </message>
</context>
<context>
    <name>Dewey::CloudflaredTunnel</name>
    <message>
        <source>Cloudflare did not hand out a quick tunnel (it limits how often one can be made); Dewey tries again shortly.</source>
        <translation>Cloudflare からクイックトンネルが発行されませんでした（作成回数に制限があります）。Dewey がまもなく再試行します。</translation>
    </message>
</context>
<context>
    <name>Dewey::ControlServer</name>
    <message>
        <source>Could not write the control token in %1: %2</source>
        <translation>制御トークンを %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not open the control channel %1: %2</source>
        <translation>制御チャネル %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Request too large.</source>
        <translation>リクエストが大きすぎます。</translation>
    </message>
    <message>
        <source>Malformed request: %1</source>
        <translation>不正なリクエスト: %1</translation>
    </message>
    <message>
        <source>Wrong control token.</source>
        <translation>制御トークンが正しくありません。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
</context>
<context>
    <name>Dewey::ConversationRepository</name>
    <message>
        <source>The database is not open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Dewey could not start a conversation in its database: %1</source>
        <translation>Dewey はデータベースで会話を開始できませんでした: %1</translation>
    </message>
    <message>
        <source>A conversation needs a name.</source>
        <translation>会話には名前が必要です。</translation>
    </message>
    <message>
        <source>Dewey could not rename the conversation: %1</source>
        <translation>Dewey は会話の名前を変更できませんでした: %1</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>その会話はもうありません。</translation>
    </message>
    <message>
        <source>Dewey could not delete the conversation: %1</source>
        <translation>Dewey は会話を削除できませんでした: %1</translation>
    </message>
    <message>
        <source>Dewey could not save the message in its database: %1</source>
        <translation>Dewey はメッセージをデータベースに保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::ConversationSidebar</name>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation>過去の会話</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>新しい会話を始めます</translation>
    </message>
    <message>
        <source>Rename the selected conversation</source>
        <translation>選択した会話の名前を変更します</translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation>選択した会話を削除します</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>会話を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n message(s)? The notes Dewey saved stay.</source>
        <translation>
            <numerusform>「%1」とその %n 件のメッセージを削除しますか？ Dewey が保存したメモは残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Last message %1</source>
        <translation>最後のメッセージ: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::CopyableField</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>Dewey::CustomCommandTunnel</name>
    <message>
        <source>Custom tunnel</source>
        <translation>カスタムトンネル</translation>
    </message>
    <message>
        <source>Enter the tunnel command in Settings → Stripe, with {port} where the webhook port goes.</source>
        <translation>設定 → Stripe でトンネルのコマンドを入力してください。Webhook のポートが入る位置には {port} と書きます。</translation>
    </message>
    <message>
        <source>The tunnel command &quot;%1&quot; could not be read (check its quotes).</source>
        <translation>トンネルのコマンド「%1」を読み取れませんでした（引用符を確認してください）。</translation>
    </message>
    <message>
        <source>The URL pattern in Settings → Stripe is not a valid regular expression: %1</source>
        <translation>設定 → Stripe の URL パターンが正しい正規表現ではありません: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::DeweyPage</name>
    <message>
        <source>Open Settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Dewey, your notes assistant</source>
        <translation>メモアシスタントの Dewey</translation>
    </message>
    <message>
        <source>Tell Dewey small facts as they come up — a friend&apos;s unit number, the Airbnb lock code, a sponsor&apos;s discount code — and later ask for them in plain words. Dewey answers from your notes, shows which ones, and says so when it does not know.</source>
        <translation>ちょっとした情報を思いついたときに Dewey に伝えておけば（友達の部屋番号、Airbnb の暗証番号、スポンサーの割引コードなど）、あとで普段の言葉で聞けます。Dewey はメモをもとに答え、どのメモを使ったかを示し、わからないときはそう伝えます。</translation>
    </message>
    <message>
        <source>Open Settings to enter the OpenAI API key</source>
        <translation>設定を開いて OpenAI API キーを入力</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>送信 (Enter)</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>回答を停止</translation>
    </message>
    <message>
        <source>Stop (Esc); the part of the answer that arrived is kept</source>
        <translation>停止 (Esc)。届いた分の回答は残ります</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3)…</source>
        <translation>%1 %2 秒後に再試行します（%3 回目）…</translation>
    </message>
    <message>
        <source>Forget a note</source>
        <translation>メモを削除</translation>
    </message>
    <message>
        <source>Dewey wants to delete note %1:

%2</source>
        <translation>Dewey がメモ %1 を削除しようとしています:

%2</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>メモを削除</translation>
    </message>
    <message>
        <source>Stopped — this is the part of the answer that arrived.</source>
        <translation>停止しました。届いた分の回答です。</translation>
    </message>
    <message>
        <source>Interrupted — the answer did not arrive completely.</source>
        <translation>中断されました。回答は最後まで届きませんでした。</translation>
    </message>
    <message>
        <source>Looking through your notes…</source>
        <translation>メモを確認中…</translation>
    </message>
    <message>
        <source>There is no message waiting for an answer.</source>
        <translation>回答待ちのメッセージはありません。</translation>
    </message>
    <message>
        <source>The last message has no answer yet.</source>
        <translation>最後のメッセージにはまだ回答がありません。</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>メモ %1</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>このメモはもうありません。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>%1 に編集</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n トークン</numerusform>
        </translation>
    </message>
    <message>
        <source>Your OpenAI API key is set. Tell Dewey something to remember, or ask about your notes.</source>
        <translation>OpenAI API キーは設定済みです。Dewey に覚えてほしいことを伝えるか、メモについて質問してください。</translation>
    </message>
    <message>
        <source>Dewey talks to the server set in Settings. Tell Dewey something to remember, or ask about your notes.</source>
        <translation>Dewey は設定で指定したサーバーと通信します。Dewey に覚えてほしいことを伝えるか、メモについて質問してください。</translation>
    </message>
    <message>
        <source>Dewey needs an OpenAI API key to answer (or a server that speaks the OpenAI API). Add it in Settings.</source>
        <translation>Dewey が回答するには OpenAI API キー（または OpenAI API 互換のサーバー）が必要です。設定で追加してください。</translation>
    </message>
    <message>
        <source>Conversations and notes</source>
        <translation>会話とメモ</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>Dewey::EmbeddingIndexer</name>
    <message>
        <source>Cannot store note vectors: %1</source>
        <translation>メモのベクトルを保存できません: %1</translation>
    </message>
    <message>
        <source>The embedding server returned vectors Dewey could not store.</source>
        <translation>埋め込みサーバーから、Dewey が保存できないベクトルが返されました。</translation>
    </message>
</context>
<context>
    <name>Dewey::EmbeddingReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>Dewey::EndpointRegistrar</name>
    <message>
        <source>Dewey sale alerts on %1</source>
        <translation>%1 の Dewey 購入アラート</translation>
    </message>
    <message>
        <source>There is no public address to register yet: choose a tunnel in Settings → Stripe and wait until it is connected.</source>
        <translation>登録できる公開アドレスがまだありません。設定 → Stripe でトンネルを選び、接続されるまで待ってください。</translation>
    </message>
    <message>
        <source>Connecting needs the Stripe secret key: add it in Settings → Secrets.</source>
        <translation>接続には Stripe のシークレットキーが必要です。設定 → シークレット で追加してください。</translation>
    </message>
    <message>
        <source>Dewey had no webhook endpoint in this Stripe account.</source>
        <translation>この Stripe アカウントには Dewey の Webhook エンドポイントがありませんでした。</translation>
    </message>
    <message>
        <source>Removed Dewey&apos;s webhook endpoint from Stripe.</source>
        <translation>Stripe から Dewey の Webhook エンドポイントを削除しました。</translation>
    </message>
    <message>
        <source>Stripe sends sales to %1.</source>
        <translation>Stripe は購入を %1 に送信します。</translation>
    </message>
    <message>
        <source>Stripe allows 16 webhook endpoints per account, and all are in use. Remove old ones in the Stripe dashboard (Developers → Webhooks), then connect again.</source>
        <translation>Stripe の Webhook エンドポイントは 1 アカウントにつき 16 個までで、すべて使用中です。Stripe ダッシュボード（開発者 → Webhook）で古いものを削除してから、もう一度接続してください。</translation>
    </message>
    <message>
        <source>Connected: Stripe sends sales to %1.</source>
        <translation>接続しました: Stripe は購入を %1 に送信します。</translation>
    </message>
    <message>
        <source>Updated: Stripe sends sales to %1.</source>
        <translation>更新しました: Stripe は購入を %1 に送信します。</translation>
    </message>
</context>
<context>
    <name>Dewey::FixedUrlTunnel</name>
    <message>
        <source>Your own address</source>
        <translation>自分のアドレス</translation>
    </message>
    <message>
        <source>Enter your public address in Settings → Stripe (for example https://alerts.example.com).</source>
        <translation>設定 → Stripe で公開アドレスを入力してください（例: https://alerts.example.com）。</translation>
    </message>
    <message>
        <source>Using %1; it must forward to 127.0.0.1:%2.</source>
        <translation>%1 を使用中。127.0.0.1:%2 に転送されている必要があります。</translation>
    </message>
</context>
<context>
    <name>Dewey::GeneralSection</name>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Start Dewey when I &amp;log in</source>
        <translation>ログイン時に Dewey を起動(&amp;L)</translation>
    </message>
    <message>
        <source>Start in the &amp;tray, without the window</source>
        <translation>ウィンドウを出さずにトレイで起動(&amp;T)</translation>
    </message>
    <message>
        <source>Notify me of &amp;sales while the window is hidden</source>
        <translation>ウィンドウが隠れているときに購入を通知(&amp;S)</translation>
    </message>
    <message>
        <source>Start Dewey when I log in</source>
        <translation>ログイン時に Dewey を起動</translation>
    </message>
    <message>
        <source>Start in the tray</source>
        <translation>トレイで起動</translation>
    </message>
    <message>
        <source>Sale notifications</source>
        <translation>購入の通知</translation>
    </message>
    <message>
        <source>Desktop notifications can show up in a screen capture.</source>
        <translation>デスクトップ通知は画面キャプチャに映ることがあります。</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
</context>
<context>
    <name>Dewey::HttpListener</name>
    <message>
        <source>Port %1 on %2 is already in use by another program (or another copy of Dewey). Close that program or choose another port.</source>
        <translation>%2 のポート %1 は、ほかのプログラム（または別の Dewey）がすでに使っています。そのプログラムを終了するか、別のポートを選んでください。</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>%1 のポート %2 で待ち受けできませんでした: %3</translation>
    </message>
    <message>
        <source>Could not start the HTTP server on %1 port %2.</source>
        <translation>%1 のポート %2 で HTTP サーバーを起動できませんでした。</translation>
    </message>
</context>
<context>
    <name>Dewey::KeychainSecretBackend</name>
    <message>
        <source>The system keychain answered: %1</source>
        <translation>システムのキーチェーンの応答: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::KeyringBanner</name>
    <message>
        <source>Keep for this session only</source>
        <translation>このセッションの間だけ保持</translation>
    </message>
    <message>
        <source>Store in a file in the data folder (readable by anyone with access to your account)</source>
        <translation>データフォルダー内のファイルに保存（あなたのアカウントにアクセスできる人なら誰でも読めます）</translation>
    </message>
    <message>
        <source>No system keyring</source>
        <translation>システムのキーリングがありません</translation>
    </message>
    <message>
        <source>Nothing is written to disk. You paste your keys again after restarting Dewey. Dewey uses the system keyring as soon as one is available.</source>
        <translation>ディスクには何も書き込みません。Dewey を再起動したら、キーをもう一度貼り付けてください。システムのキーリングが使えるようになり次第、Dewey はそれを使います。</translation>
    </message>
    <message>
        <source>Keys are written unencrypted to a file only your user account can open.</source>
        <translation>キーは暗号化されずに、あなたのユーザーアカウントだけが開けるファイルに書き込まれます。</translation>
    </message>
    <message>
        <source>Store secrets in a file?</source>
        <translation>シークレットをファイルに保存しますか？</translation>
    </message>
    <message>
        <source>Your API keys will be written, unencrypted, to secrets.json in the data folder. Anyone who can open files of your user account (or a backup of them) can read them. Keep them for this session only if you are unsure.</source>
        <translation>API キーは暗号化されずに、データフォルダー内の secrets.json に書き込まれます。あなたのユーザーアカウントのファイル（またはそのバックアップ）を開ける人なら誰でも読めます。迷う場合は、このセッションの間だけ保持してください。</translation>
    </message>
    <message>
        <source>Store in a file</source>
        <translation>ファイルに保存</translation>
    </message>
    <message>
        <source>No system keyring was found, so secrets are stored in a file in the data folder.</source>
        <translation>システムのキーリングが見つからないため、シークレットはデータフォルダー内のファイルに保存されます。</translation>
    </message>
    <message>
        <source>No system keyring was found, so secrets are kept for this session only.</source>
        <translation>システムのキーリングが見つからないため、シークレットはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>Could not change where secrets are kept: %1</source>
        <translation>シークレットの保存先を変更できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::LiveAlertPreview</name>
    <message>
        <source>Alert preview</source>
        <translation>アラートのプレビュー</translation>
    </message>
    <message>
        <source>preview in the Alerts area</source>
        <translation>「アラート」画面のプレビュー</translation>
    </message>
    <message>
        <source>Live preview — on screen now, as your viewers see it:</source>
        <translation>ライブプレビュー — 視聴者に見えているとおり、いま表示中です:</translation>
    </message>
    <message>
        <source>Live preview — alerts are paused. Up next when you resume:</source>
        <translation>ライブプレビュー — アラートは一時停止中です。再開したときの次のアラート:</translation>
    </message>
    <message>
        <source>Live preview — alerts appear here as your viewers see them. Up next:</source>
        <translation>ライブプレビュー — アラートは視聴者に見えるとおりにここに表示されます。次のアラート:</translation>
    </message>
</context>
<context>
    <name>Dewey::MainWindow</name>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>エリア</translation>
    </message>
    <message>
        <source>Chat with Dewey about your notes (Ctrl+1)</source>
        <translation>メモについて Dewey とチャット（Ctrl+1）</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Overlay for OBS, webhooks and recent sales (Ctrl+2)</source>
        <translation>OBS 用オーバーレイ、Webhook、最近の購入（Ctrl+2）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Appearance, servers and secrets (Ctrl+3)</source>
        <translation>外観、サーバー、シークレット（Ctrl+3）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit Dewey</source>
        <translation>Dewey を終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Dewey</source>
        <translation>Dewey(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>アラート(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Setup guide…</source>
        <translation>セットアップガイド(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>データフォルダーを開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Dewey</source>
        <translation>Dewey について(&amp;A)</translation>
    </message>
    <message>
        <source>Dewey is still running</source>
        <translation>Dewey は実行中です</translation>
    </message>
    <message>
        <source>Dewey keeps showing sale alerts while its window is closed. Open it again from the tray icon; quit from the tray menu.</source>
        <translation>ウィンドウを閉じても、Dewey は購入アラートを表示し続けます。ウィンドウはトレイアイコンから再び開けます。終了はトレイのメニューから行ってください。</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>テストアラート</translation>
    </message>
    <message>
        <source>Dewey could not queue the test alert: %1</source>
        <translation>Dewey はテストアラートをキューに追加できませんでした: %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>Dewey could not open a file manager. The data folder is:
%1</source>
        <translation>Dewey はファイルマネージャーを開けませんでした。データフォルダーの場所:
%1</translation>
    </message>
</context>
<context>
    <name>Dewey::NgrokTunnel</name>
    <message>
        <source>ngrok needs your account&apos;s authtoken. Sign up at ngrok.com, then run &quot;ngrok config add-authtoken &lt;your token&gt;&quot; once in a terminal.</source>
        <translation>ngrok にはアカウントの authtoken が必要です。ngrok.com で登録してから、ターミナルで &quot;ngrok config add-authtoken &lt;あなたのトークン&gt;&quot; を一度実行してください。</translation>
    </message>
    <message>
        <source>ngrok is already running somewhere else with your account, and free accounts allow only one. Close the other ngrok, then restart the tunnel.</source>
        <translation>ngrok はすでにあなたのアカウントで別の場所で動いており、無料アカウントでは 1 つしか使えません。もう一方の ngrok を終了してから、トンネルを再起動してください。</translation>
    </message>
    <message>
        <source>ngrok&apos;s agent API at %1 lists %2</source>
        <translation>%1 の ngrok エージェント API の一覧: %2</translation>
    </message>
</context>
<context>
    <name>Dewey::NoteRetriever</name>
    <message>
        <source>Finding notes by their words only: %1</source>
        <translation>メモを単語だけで検索しています: %1</translation>
    </message>
    <message>
        <source>Finding notes by their words only for now: %1 Dewey will try again.</source>
        <translation>今はメモを単語だけで検索しています: %1 Dewey があとで再試行します。</translation>
    </message>
    <message>
        <source>Finding notes by their words only: no note has been indexed by meaning yet.</source>
        <translation>メモを単語だけで検索しています: 意味で索引付けされたメモはまだありません。</translation>
    </message>
    <message>
        <source>Finding notes by words and meaning.</source>
        <translation>メモを単語と意味で検索しています。</translation>
    </message>
    <message>
        <source>Finding notes by meaning took too long, so these were found by their words only.</source>
        <translation>意味での検索に時間がかかりすぎたため、これらのメモは単語だけで見つけました。</translation>
    </message>
    <message>
        <source>These notes were found by their words only: %1</source>
        <translation>これらのメモは単語だけで見つけました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Finding notes by words and meaning (%1 of %n note(s) ready).</source>
        <translation>
            <numerusform>メモを単語と意味で検索しています（%n 件中 %1 件準備完了）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::NotesListModel</name>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>%1 に編集</translation>
    </message>
</context>
<context>
    <name>Dewey::NotesPanel</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>メモを削除しました</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>メモを検索</translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation>メモ（新しい順）</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新しいメモ</translation>
    </message>
    <message>
        <source>Text of a new note</source>
        <translation>新しいメモの本文</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>選択したメモを編集</translation>
    </message>
    <message>
        <source>Edit the selected note (F2 or double-click)</source>
        <translation>選択したメモを編集（F2 またはダブルクリック）</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>選択したメモを削除</translation>
    </message>
    <message>
        <source>Import notes from a Markdown or JSON Lines file</source>
        <translation>Markdown または JSON Lines ファイルからメモをインポート</translation>
    </message>
    <message>
        <source>Export all notes to a Markdown or JSON Lines file</source>
        <translation>すべてのメモを Markdown または JSON Lines ファイルにエクスポート</translation>
    </message>
    <message>
        <source>Undo deleting the note</source>
        <translation>メモの削除を元に戻す</translation>
    </message>
    <message>
        <source>Notes status</source>
        <translation>メモの状態</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>メモを保存しました。</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>メモをインポート</translation>
    </message>
    <message>
        <source>Notes (*.jsonl *.ndjson *.json *.md *.markdown *.txt);;All files (*)</source>
        <translation>メモ (*.jsonl *.ndjson *.json *.md *.markdown *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Dewey reads .jsonl and .md files; %1 is neither.</source>
        <translation>Dewey が読めるのは .jsonl と .md のファイルです。%1 はどちらでもありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s)</source>
        <translation>
            <numerusform>%n 件のメモをインポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>、重複 %n 件をスキップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n entry(ies) not readable</source>
        <translation>
            <numerusform>、読み取れない項目 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>メモをエクスポート</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;Markdown (*.md)</source>
        <translation>JSON Lines (*.jsonl);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Choose a name ending in .jsonl or .md.</source>
        <translation>.jsonl または .md で終わる名前を選んでください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>%n 件のメモを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::NotesRepository</name>
    <message>
        <source>The notes database is not open.</source>
        <translation>メモのデータベースが開かれていません。</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>メモは空にできません。</translation>
    </message>
    <message>
        <source>A note can be at most %1 characters long.</source>
        <translation>メモは最大 %1 文字までです。</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>メモを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The note could not be changed: %1</source>
        <translation>メモを変更できませんでした: %1</translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation>メモ %1 はありません。</translation>
    </message>
    <message>
        <source>A note cannot be empty; delete it instead.</source>
        <translation>メモは空にできません。代わりに削除してください。</translation>
    </message>
    <message>
        <source>There is no deleted note %1 to restore.</source>
        <translation>復元できる削除済みのメモ %1 はありません。</translation>
    </message>
    <message>
        <source>Undo adding the note</source>
        <translation>メモの追加を元に戻す</translation>
    </message>
    <message>
        <source>Undo the edit</source>
        <translation>編集を元に戻す</translation>
    </message>
    <message>
        <source>Undo deleting the note</source>
        <translation>メモの削除を元に戻す</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>元に戻す操作はありません。</translation>
    </message>
    <message>
        <source>The note that was edited no longer exists.</source>
        <translation>編集したメモはもうありません。</translation>
    </message>
    <message>
        <source>The notes could not be imported: %1</source>
        <translation>メモをインポートできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::OpenAiEmbedder</name>
    <message>
        <source>The OpenAI base URL &quot;%1&quot; is not a valid address.</source>
        <translation>OpenAI のベース URL「%1」は正しいアドレスではありません。</translation>
    </message>
    <message>
        <source>No OpenAI API key is set, so notes are found by their words only. Add a key in Settings to also find notes by meaning.</source>
        <translation>OpenAI API キーが設定されていないため、メモは単語だけで検索されます。意味でも検索するには、設定でキーを追加してください。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 が %2 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>%1 refused the OpenAI API key (HTTP %2). Check the key in Settings.</source>
        <translation>%1 が OpenAI API キーを拒否しました（HTTP %2）。設定でキーを確認してください。</translation>
    </message>
    <message>
        <source>%1 is limiting requests: %2</source>
        <translation>%1 がリクエストを制限しています: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 の応答: HTTP %2。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 の応答: HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 sent embeddings Dewey cannot use: %2</source>
        <translation>%1 から Dewey が使えない埋め込みが返されました: %2</translation>
    </message>
    <message>
        <source>%1 vectors for %2 texts</source>
        <translation>%2 件のテキストに対してベクトルが %1 件</translation>
    </message>
    <message>
        <source>the vector positions do not match the texts</source>
        <translation>ベクトルの位置がテキストと一致しません</translation>
    </message>
    <message>
        <source>vectors of %1 numbers instead of %2; set the embedding size to %1, or choose a model that supports %2</source>
        <translation>ベクトルの次元が %2 ではなく %1 です。埋め込みサイズを %1 にするか、%2 に対応したモデルを選んでください</translation>
    </message>
    <message>
        <source>a vector of zeros</source>
        <translation>すべてゼロのベクトル</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayLanMode</name>
    <message>
        <source>Second-PC mode found no local network address on this PC. Enter one in Settings.</source>
        <translation>セカンド PC モードで、この PC のローカルネットワークアドレスが見つかりませんでした。設定で入力してください。</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayServer</name>
    <message>
        <source>Port %1 on %2 is already in use by another program (or another copy of Dewey). Close that program or choose another port.</source>
        <translation>%2 のポート %1 は、ほかのプログラム（または別の Dewey）がすでに使っています。そのプログラムを終了するか、別のポートを選んでください。</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>%1 のポート %2 で待ち受けできませんでした: %3</translation>
    </message>
    <message>
        <source>Could not start the HTTP server on %1 port %2.</source>
        <translation>%1 のポート %2 で HTTP サーバーを起動できませんでした。</translation>
    </message>
    <message>
        <source>The overlay server is not running.</source>
        <translation>オーバーレイサーバーが動いていません。</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayWindow</name>
    <message>
        <source>Dewey overlay</source>
        <translation>Dewey オーバーレイ</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayWindowController</name>
    <message>
        <source>native overlay window</source>
        <translation>ネイティブのオーバーレイウィンドウ</translation>
    </message>
</context>
<context>
    <name>Dewey::ProcessTunnel</name>
    <message>
        <source>%1 did not report that it was ready within %2 seconds.</source>
        <translation>%1 が %2 秒以内に準備完了を通知しませんでした。</translation>
    </message>
    <message>
        <source>%1 did not stop when asked; ending it.</source>
        <translation>%1 が停止要求に応じなかったため、強制終了します。</translation>
    </message>
    <message>
        <source>%1 was not found. Install it (see &quot;Stripe setup&quot; in the README), or choose where the program is in Settings → Stripe.</source>
        <translation>%1 が見つかりません。インストールするか（README の「Stripe setup」を参照）、設定 → Stripe でプログラムの場所を指定してください。</translation>
    </message>
    <message>
        <source>The program chosen for %1 in Settings → Stripe (%2) is not there or cannot be run.</source>
        <translation>設定 → Stripe で %1 用に選んだプログラム（%2）が存在しないか、実行できません。</translation>
    </message>
    <message>
        <source>Starting %1: %2 %3</source>
        <translation>%1 を起動中: %2 %3</translation>
    </message>
    <message>
        <source>Stopping %1.</source>
        <translation>%1 を停止中。</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 がクラッシュしました。</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly (exit code %2).</source>
        <translation>%1 が予期せず停止しました（終了コード %2）。</translation>
    </message>
    <message>
        <source>%1 ended before it was ready (exit code %2).</source>
        <translation>%1 が準備完了前に終了しました（終了コード %2）。</translation>
    </message>
    <message>
        <source>Its last line: %1</source>
        <translation>最後の行: %1</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Dewey::SaleNotifier</name>
    <message>
        <source>New sale: %1</source>
        <translation>新しい購入: %1</translation>
    </message>
    <message>
        <source>%1 bought from your store.</source>
        <translation>%1 さんがストアで購入しました。</translation>
    </message>
    <message>
        <source>%1 bought %2.</source>
        <translation>%1 さんが %2 を購入しました。</translation>
    </message>
</context>
<context>
    <name>Dewey::SalesHistoryModel</name>
    <message>
        <source>Not alerted</source>
        <translation>アラートなし</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Alerted</source>
        <translation>アラート済み</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ済み</translation>
    </message>
    <message>
        <source>(items unknown)</source>
        <translation>（商品不明）</translation>
    </message>
    <message>
        <source>%1, refunded</source>
        <translation>%1、返金済み</translation>
    </message>
    <message>
        <source>%1, disputed</source>
        <translation>%1、異議申し立て中</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>A test-mode purchase: no real money was paid</source>
        <translation>テストモードの購入です。実際の支払いは行われていません</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>メッセージ: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
</context>
<context>
    <name>Dewey::SalesHistoryPanel</name>
    <message>
        <source>Show sales from</source>
        <translation>表示する購入の期間</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>This stream session</source>
        <translation>今回の配信</translation>
    </message>
    <message>
        <source>All sales</source>
        <translation>すべての購入</translation>
    </message>
    <message>
        <source>Start new session</source>
        <translation>新しい配信を開始</translation>
    </message>
    <message>
        <source>Start counting this stream&apos;s totals from now</source>
        <translation>今回の配信の合計をここから数え始めます</translation>
    </message>
    <message>
        <source>Sales history</source>
        <translation>購入履歴</translation>
    </message>
    <message>
        <source>No sales in this period. When someone buys from your store, the sale appears here and as an alert on stream.</source>
        <translation>この期間の購入はありません。ストアで誰かが購入すると、ここに表示され、配信にアラートが出ます。</translation>
    </message>
    <message>
        <source>&amp;Replay alert</source>
        <translation>アラートをリプレイ(&amp;R)</translation>
    </message>
    <message>
        <source>Show the selected sale&apos;s alert on stream again</source>
        <translation>選択した購入のアラートを配信にもう一度表示します</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the sales shown as a spreadsheet file</source>
        <translation>表示中の購入を表計算ファイルとして保存します</translation>
    </message>
    <message>
        <source>New stream session started.</source>
        <translation>新しい配信を開始しました。</translation>
    </message>
    <message>
        <source>Select a sale to replay its alert.</source>
        <translation>アラートをリプレイする購入を選んでください。</translation>
    </message>
    <message>
        <source>Could not replay the alert: %1</source>
        <translation>アラートをリプレイできませんでした: %1</translation>
    </message>
    <message>
        <source>Alert for %1 queued again.</source>
        <translation>%1 さんのアラートをもう一度キューに追加しました。</translation>
    </message>
    <message>
        <source>Totals unavailable: %1</source>
        <translation>合計を表示できません: %1</translation>
    </message>
    <message>
        <source>dewey-sales-%1.csv</source>
        <translation>dewey-sales-%1.csv</translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation>購入をエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1 (sales: %2).</source>
        <translation>%1 にエクスポートしました（購入: %2）。</translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation>購入: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::SalesLedger</name>
    <message>
        <source>The database is not open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>The sales ledger could not be written: %1</source>
        <translation>売上台帳に書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::SecretField</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation>入力した内容を表示</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 を保存</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 をクリア</translation>
    </message>
    <message>
        <source>Forget the stored %1</source>
        <translation>保存済みの %1 を削除</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>%1 の状態</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Clear %1?</source>
        <translation>%1 をクリアしますか？</translation>
    </message>
    <message>
        <source>Dewey will forget the %1. You can paste it again at any time.</source>
        <translation>Dewey は %1 を削除します。いつでも貼り付け直せます。</translation>
    </message>
    <message>
        <source>Set by environment variable %1</source>
        <translation>環境変数 %1 で設定済み</translation>
    </message>
    <message>
        <source>Set by environment variable %1. Change it there; it is not stored by Dewey.</source>
        <translation>環境変数 %1 で設定済みです。変更はそちらで行ってください。Dewey には保存されません。</translation>
    </message>
    <message>
        <source>Saved. Paste a new one to replace it</source>
        <translation>保存済み。置き換えるには新しいものを貼り付けてください</translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation>ここに貼り付け</translation>
    </message>
    <message>
        <source>Reading stored secrets…</source>
        <translation>保存済みのシークレットを読み込み中…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Set. Stored in your system keyring.</source>
        <translation>設定済み。システムのキーリングに保存されています。</translation>
    </message>
    <message>
        <source>Not set. What you save here is stored in your system keyring.</source>
        <translation>未設定。ここで保存したものはシステムのキーリングに保存されます。</translation>
    </message>
    <message>
        <source>Set for this session only: Dewey forgets it when it quits.</source>
        <translation>このセッションだけ設定済み: Dewey を終了すると消去されます。</translation>
    </message>
    <message>
        <source>Not set. What you save here is kept for this session only.</source>
        <translation>未設定。ここで保存したものはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>Set. Stored in a file in the data folder.</source>
        <translation>設定済み。データフォルダー内のファイルに保存されています。</translation>
    </message>
    <message>
        <source>Not set. What you save here is stored in a file in the data folder.</source>
        <translation>未設定。ここで保存したものはデータフォルダー内のファイルに保存されます。</translation>
    </message>
</context>
<context>
    <name>Dewey::SecretId</name>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI API キー</translation>
    </message>
    <message>
        <source>Stripe secret key</source>
        <translation>Stripe シークレットキー</translation>
    </message>
    <message>
        <source>Stripe webhook signing secret</source>
        <translation>Stripe Webhook 署名シークレット</translation>
    </message>
    <message>
        <source>Previous Stripe webhook signing secret</source>
        <translation>以前の Stripe Webhook 署名シークレット</translation>
    </message>
</context>
<context>
    <name>Dewey::SecretStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>システムのキーチェーンが %n 秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::SecretsSection</name>
    <message>
        <source>Secrets</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Dewey keeps these keys on this computer and sends them only to the service they belong to. The Stripe keys come from the Developers section of your Stripe dashboard.</source>
        <translation>Dewey はこれらのキーをこのコンピューターに保存し、それぞれのサービスにだけ送信します。Stripe のキーは Stripe ダッシュボードの「開発者」セクションにあります。</translation>
    </message>
</context>
<context>
    <name>Dewey::ServersSection</name>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Overlay port</source>
        <translation>オーバーレイ用ポート</translation>
    </message>
    <message>
        <source>Webhook port</source>
        <translation>Webhook 用ポート</translation>
    </message>
    <message>
        <source>&amp;Regenerate overlay URL…</source>
        <translation>オーバーレイ URL を再生成(&amp;R)…</translation>
    </message>
    <message>
        <source>The port OBS loads the overlay page from. Default: %1.</source>
        <translation>OBS がオーバーレイページを読み込むポート。既定: %1。</translation>
    </message>
    <message>
        <source>The port Stripe&apos;s notifications arrive on through the tunnel. Default: %1.</source>
        <translation>Stripe の通知がトンネル経由で届くポート。既定: %1。</translation>
    </message>
    <message>
        <source>Regenerate overlay URL</source>
        <translation>オーバーレイ URL を再生成</translation>
    </message>
    <message>
        <source>Makes a new secret overlay URL. Use it if the old one was shown on stream.</source>
        <translation>新しい秘密のオーバーレイ URL を作成します。古い URL が配信に映ってしまったときに使ってください。</translation>
    </message>
    <message>
        <source>&amp;Overlay port:</source>
        <translation>オーバーレイ用ポート(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Webhook port:</source>
        <translation>Webhook 用ポート(&amp;W):</translation>
    </message>
    <message>
        <source>Port changes apply after Dewey restarts.</source>
        <translation>ポートの変更は Dewey の再起動後に反映されます。</translation>
    </message>
    <message>
        <source>The overlay URL contains a secret token, so only OBS on this computer can show your alerts. After regenerating it, paste the new URL into OBS.</source>
        <translation>オーバーレイ URL には秘密のトークンが含まれているため、このコンピューターの OBS だけがアラートを表示できます。再生成したら、新しい URL を OBS に貼り付けてください。</translation>
    </message>
    <message>
        <source>Overlay URL token:</source>
        <translation>オーバーレイ URL のトークン:</translation>
    </message>
    <message>
        <source>The overlay and webhook ports must be different.</source>
        <translation>オーバーレイ用と Webhook 用には別々のポートを指定してください。</translation>
    </message>
    <message>
        <source>Saved. The new ports are used after Dewey restarts.</source>
        <translation>保存しました。新しいポートは Dewey の再起動後に使われます。</translation>
    </message>
    <message>
        <source>New overlay URL made. Copy it from the Alerts area into OBS.</source>
        <translation>新しいオーバーレイ URL を作成しました。「アラート」画面からコピーして OBS に貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>Dewey::Settings</name>
    <message>
        <source>%1 is not a port number; choose one from 1 to 65535.</source>
        <translation>%1 はポート番号ではありません。1〜65535 の数を選んでください。</translation>
    </message>
    <message>
        <source>%1 is out of range; choose a value from %2 to %3.</source>
        <translation>%1 は範囲外です。%2〜%3 の値を選んでください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>「%1」は IP アドレスではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language name such as &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>「%1」は「de」や「pt_BR」のような言語名ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a theme name (lowercase letters, digits and dashes).</source>
        <translation>「%1」はテーマ名ではありません（小文字、数字、ハイフンのみ）。</translation>
    </message>
    <message>
        <source>Dewey cannot read or write its settings file %1. Check the permissions of the file and of its folder; until then, changes are not saved.</source>
        <translation>Dewey は設定ファイル %1 を読み書きできません。ファイルとそのフォルダーのアクセス権を確認してください。それまでは変更は保存されません。</translation>
    </message>
    <message>
        <source>The settings file %1 is not in a format Dewey can read; Dewey uses the defaults. Fix or delete the file.</source>
        <translation>設定ファイル %1 は Dewey が読める形式ではないため、既定値を使います。ファイルを修正するか削除してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a URL such as %2 or http://localhost:11434/v1.</source>
        <translation>「%1」はサーバーのアドレスではありません。%2 や http://localhost:11434/v1 のような URL を使ってください。</translation>
    </message>
    <message>
        <source>A model name is one line, such as %1.</source>
        <translation>モデル名は %1 のような 1 行で指定します。</translation>
    </message>
    <message>
        <source>The temperature goes from 0 to 2.</source>
        <translation>temperature は 0〜2 の範囲です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular expression Dewey can use: %2</source>
        <translation>「%1」は Dewey で使える正規表現ではありません: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it starts with https://).</source>
        <translation>「%1」は Web アドレスではありません（https:// で始まります）。</translation>
    </message>
</context>
<context>
    <name>Dewey::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>設定のセクション</translation>
    </message>
</context>
<context>
    <name>Dewey::SetupGuide</name>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Skip setup</source>
        <translation>セットアップをスキップ(&amp;S)</translation>
    </message>
    <message>
        <source>Set up Dewey</source>
        <translation>Dewey のセットアップ</translation>
    </message>
    <message>
        <source>Setup guide</source>
        <translation>セットアップガイド</translation>
    </message>
    <message>
        <source>Close the guide. Help → Setup guide opens it again.</source>
        <translation>ガイドを閉じます。ヘルプ → セットアップガイド でもう一度開けます。</translation>
    </message>
    <message>
        <source>Overlay URL</source>
        <translation>オーバーレイ URL</translation>
    </message>
    <message>
        <source>The overlay server is not running; see the Alerts area</source>
        <translation>オーバーレイサーバーが動いていません。「アラート」画面を確認してください</translation>
    </message>
    <message>
        <source>Overlay &amp;URL:</source>
        <translation>オーバーレイ URL(&amp;U):</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Copy the overlay URL.&lt;/li&gt;&lt;li&gt;In OBS, add a source to your scene: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Browser&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the URL into the &lt;b&gt;URL&lt;/b&gt; field, set &lt;b&gt;Width&lt;/b&gt; to 1920 and &lt;b&gt;Height&lt;/b&gt; to 1080, and click &lt;b&gt;OK&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;オーバーレイ URL をコピーします。&lt;/li&gt;&lt;li&gt;OBS でシーンにソースを追加します: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;ブラウザ&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;URL を &lt;b&gt;URL&lt;/b&gt; 欄に貼り付け、&lt;b&gt;幅&lt;/b&gt;を 1920、&lt;b&gt;高さ&lt;/b&gt;を 1080 にして &lt;b&gt;OK&lt;/b&gt; をクリックします。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Show sale alerts in OBS</source>
        <translation>OBS に購入アラートを表示する</translation>
    </message>
    <message>
        <source>Alerts appear on a transparent page that OBS shows over your scene.</source>
        <translation>アラートは、OBS がシーンの上に重ねて表示する透明なページに表示されます。</translation>
    </message>
    <message>
        <source>Connect Stripe</source>
        <translation>Stripe を接続</translation>
    </message>
    <message>
        <source>Meet Dewey, your notes assistant</source>
        <translation>メモアシスタントの Dewey を紹介します</translation>
    </message>
    <message>
        <source>Dewey remembers small facts you tell it and answers questions about them. It uses the OpenAI API with your own key, which you can create at platform.openai.com. This step is optional: you can add the key later in Settings → Secrets.</source>
        <translation>Dewey は伝えたちょっとした情報を覚えて、それについての質問に答えます。OpenAI API をあなた自身のキーで使います。キーは platform.openai.com で作成できます。この手順は省略できます。キーはあとから 設定 → シークレット で追加できます。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In your Stripe dashboard, open &lt;b&gt;Developers → API keys&lt;/b&gt; and copy the &lt;b&gt;secret key&lt;/b&gt;. Paste it in &lt;b&gt;Settings → Secrets&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;In &lt;b&gt;Settings → Stripe&lt;/b&gt;, choose the &lt;b&gt;tunnel&lt;/b&gt; that carries Stripe&apos;s sale notifications to this computer (the Stripe CLI, cloudflared or ngrok).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Connect Stripe&lt;/b&gt;. Dewey registers the tunnel&apos;s address with Stripe and keeps the signing secret itself; with the Stripe CLI there is nothing to connect.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Stripe ダッシュボードで &lt;b&gt;開発者 → API キー&lt;/b&gt; を開き、&lt;b&gt;シークレットキー&lt;/b&gt; をコピーします。&lt;b&gt;設定 → シークレット&lt;/b&gt; に貼り付けてください。&lt;/li&gt;&lt;li&gt;&lt;b&gt;設定 → Stripe&lt;/b&gt; で、Stripe の購入通知をこのコンピューターに届ける &lt;b&gt;トンネル&lt;/b&gt;（Stripe CLI、cloudflared、ngrok）を選びます。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Stripe を接続&lt;/b&gt; をクリックします。Dewey がトンネルのアドレスを Stripe に登録し、署名シークレットを自分で保管します。Stripe CLI の場合は接続の操作は不要です。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open Settings → &amp;Stripe</source>
        <translation>設定 → Stripe を開く(&amp;S)</translation>
    </message>
    <message>
        <source>Dewey hears about sales from Stripe. This step is optional: without a tunnel, Dewey still finds every sale by asking Stripe every few minutes, so alerts come a little late.</source>
        <translation>Dewey は Stripe から購入を知ります。この手順は省略できます。トンネルがなくても、Dewey は数分ごとに Stripe に問い合わせてすべての購入を見つけます（アラートは少し遅れて表示されます）。</translation>
    </message>
</context>
<context>
    <name>Dewey::SingleInstance</name>
    <message>
        <source>Could not open the local channel %1: %2</source>
        <translation>ローカルチャネル %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Could not create the lock file in %1. Check that the data folder is writable.</source>
        <translation>%1 にロックファイルを作成できませんでした。データフォルダーに書き込めるか確認してください。</translation>
    </message>
    <message>
        <source>Another Dewey is running with this data folder but does not answer. If it is stuck, end it (or wait a moment) and try again.</source>
        <translation>このデータフォルダーで別の Dewey が動いていますが、応答しません。固まっている場合は終了させて（または少し待って）から、もう一度試してください。</translation>
    </message>
</context>
<context>
    <name>Dewey::StatusBarController</name>
    <message>
        <source>Alert pause</source>
        <translation>アラートの一時停止</translation>
    </message>
    <message>
        <source>Sale alerts are paused: new sales are recorded but not shown on stream. Resume them from the tray menu.</source>
        <translation>購入アラートは一時停止中です。新しい購入は記録されますが、配信には表示されません。トレイのメニューから再開できます。</translation>
    </message>
    <message>
        <source>Overlay server</source>
        <translation>オーバーレイサーバー</translation>
    </message>
    <message>
        <source>The local server OBS loads the alert overlay from, and how many overlay pages (Browser Sources) are connected right now.</source>
        <translation>OBS がアラートオーバーレイを読み込むローカルサーバーと、現在接続中のオーバーレイページ（ブラウザソース）の数です。</translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation>Webhook 受信</translation>
    </message>
    <message>
        <source>The local port that receives sale notifications from Stripe through a tunnel.</source>
        <translation>Stripe からの購入通知をトンネル経由で受け取るローカルポートです。</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>トンネル</translation>
    </message>
    <message>
        <source>The tunnel that forwards Stripe&apos;s notifications to this computer.</source>
        <translation>Stripe の通知をこのコンピューターに転送するトンネルです。</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Dewey, the notes assistant, needs an OpenAI API key. Set it in Settings → Secrets.</source>
        <translation>メモアシスタントの Dewey には OpenAI API キーが必要です。設定 → シークレット で設定してください。</translation>
    </message>
    <message>
        <source>Tunnel: %1</source>
        <translation>トンネル: %1</translation>
    </message>
    <message>
        <source>Overlay: not running</source>
        <translation>オーバーレイ: 停止中</translation>
    </message>
    <message numerus="yes">
        <source>Overlay: 127.0.0.1:%1 · %n connected</source>
        <translation>
            <numerusform>オーバーレイ: 127.0.0.1:%1 · %n 件接続中</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks: listening on %1</source>
        <translation>Webhook: %1 で待ち受け中</translation>
    </message>
    <message>
        <source>Webhooks: not running</source>
        <translation>Webhook: 停止中</translation>
    </message>
    <message>
        <source>OpenAI: error: %1</source>
        <translation>OpenAI: エラー: %1</translation>
    </message>
    <message>
        <source>OpenAI: reading key…</source>
        <translation>OpenAI: キーを読み込み中…</translation>
    </message>
    <message>
        <source>OpenAI: key set</source>
        <translation>OpenAI: キー設定済み</translation>
    </message>
    <message>
        <source>OpenAI: key not set</source>
        <translation>OpenAI: キー未設定</translation>
    </message>
    <message>
        <source>Alerts paused</source>
        <translation>アラート一時停止中</translation>
    </message>
    <message>
        <source>key refused</source>
        <translation>キーが拒否されました</translation>
    </message>
    <message>
        <source>key not allowed to use this model</source>
        <translation>このキーではこのモデルを使えません</translation>
    </message>
    <message>
        <source>model not found</source>
        <translation>モデルが見つかりません</translation>
    </message>
    <message>
        <source>request rejected</source>
        <translation>リクエストが拒否されました</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>レート制限中</translation>
    </message>
    <message>
        <source>out of credit</source>
        <translation>クレジット不足</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>cannot reach the server</source>
        <translation>サーバーに接続できません</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
    <message>
        <source>not an OpenAI server</source>
        <translation>OpenAI のサーバーではありません</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>API キーがありません</translation>
    </message>
</context>
<context>
    <name>Dewey::StripeApiClient</name>
    <message>
        <source>No Stripe secret key is set. Add it in Settings → Secrets.</source>
        <translation>Stripe のシークレットキーが設定されていません。設定 → シークレット で追加してください。</translation>
    </message>
    <message>
        <source>Stripe (%1) did not answer within %2 seconds.</source>
        <translation>Stripe（%1）が %2 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Cannot reach Stripe at %1: %2</source>
        <translation>%1 の Stripe に接続できません: %2</translation>
    </message>
    <message>
        <source>Stripe&apos;s answer could not be read (%1).</source>
        <translation>Stripe の応答を読み取れませんでした（%1）。</translation>
    </message>
    <message>
        <source>Stripe refused the secret key (HTTP 401)%1. Check the Stripe secret key in Settings → Secrets: it starts with sk_live_, sk_test_ or rk_.</source>
        <translation>Stripe がシークレットキーを拒否しました（HTTP 401）%1。設定 → シークレット で Stripe のシークレットキーを確認してください。キーは sk_live_、sk_test_、rk_ のいずれかで始まります。</translation>
    </message>
    <message>
        <source>The Stripe key may not do this (HTTP 403)%1. A restricted key needs read access to Events and Checkout Sessions and write access to Webhook Endpoints.</source>
        <translation>この Stripe キーにはこの操作の権限がありません（HTTP 403）%1。制限付きキーには、Events と Checkout Sessions の読み取り権限と、Webhook Endpoints の書き込み権限が必要です。</translation>
    </message>
    <message>
        <source>Stripe does not know this (HTTP 404)%1.</source>
        <translation>Stripe はこれを認識していません（HTTP 404）%1。</translation>
    </message>
    <message>
        <source>Stripe is limiting requests (HTTP 429)%1. Dewey tries again later.</source>
        <translation>Stripe がリクエストを制限しています（HTTP 429）%1。Dewey があとで再試行します。</translation>
    </message>
    <message>
        <source>Stripe had a problem (HTTP %1)%2. Dewey tries again later.</source>
        <translation>Stripe で問題が発生しました（HTTP %1）%2。Dewey があとで再試行します。</translation>
    </message>
    <message>
        <source>Stripe refused the request (HTTP %1)%2</source>
        <translation>Stripe がリクエストを拒否しました（HTTP %1）%2</translation>
    </message>
    <message>
        <source>Stripe&apos;s list at %1 did not end after %2 pages.</source>
        <translation>%1 の Stripe の一覧が %2 ページを超えても終わりませんでした。</translation>
    </message>
    <message>
        <source>Not a Checkout Session id: %1</source>
        <translation>Checkout Session の ID ではありません: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Stripe created the webhook endpoint but sent no id or signing secret.</source>
        <translation>Stripe は Webhook エンドポイントを作成しましたが、ID も署名シークレットも返しませんでした。</translation>
    </message>
</context>
<context>
    <name>Dewey::StripeCliTunnel</name>
    <message>
        <source>Stripe CLI</source>
        <translation>Stripe CLI</translation>
    </message>
    <message>
        <source>The Stripe CLI (stripe) was not found. Install it from stripe.com/docs/stripe-cli, or choose where stripe is in Settings → Stripe.</source>
        <translation>Stripe CLI（stripe）が見つかりません。stripe.com/docs/stripe-cli からインストールするか、設定 → Stripe で stripe の場所を指定してください。</translation>
    </message>
    <message>
        <source>The Stripe CLI is not logged in. Add your Stripe secret key in Settings → Secrets (Dewey hands it to the CLI), or run &quot;stripe login&quot; once in a terminal.</source>
        <translation>Stripe CLI にログインしていません。設定 → シークレット で Stripe のシークレットキーを追加するか（Dewey が CLI に渡します）、ターミナルで &quot;stripe login&quot; を一度実行してください。</translation>
    </message>
    <message>
        <source>Stripe refused the key the Stripe CLI used. Check the Stripe secret key in Settings → Secrets, or run &quot;stripe login&quot; again.</source>
        <translation>Stripe CLI が使ったキーを Stripe が拒否しました。設定 → シークレット で Stripe のシークレットキーを確認するか、もう一度 &quot;stripe login&quot; を実行してください。</translation>
    </message>
</context>
<context>
    <name>Dewey::StripeSection</name>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>プログラム(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>コマンド(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;URL pattern:</source>
        <translation>URL パターン(&amp;U):</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>公開アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook アドレス</translation>
    </message>
    <message>
        <source>&amp;Restart tunnel</source>
        <translation>トンネルを再起動(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Connect Stripe</source>
        <translation>Stripe を接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Catch &amp;up now</source>
        <translation>今すぐキャッチアップ(&amp;U)</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>トンネル</translation>
    </message>
    <message>
        <source>Tunnel program</source>
        <translation>トンネルのプログラム</translation>
    </message>
    <message>
        <source>Tunnel command</source>
        <translation>トンネルのコマンド</translation>
    </message>
    <message>
        <source>for example: lt --port {port}</source>
        <translation>例: lt --port {port}</translation>
    </message>
    <message>
        <source>URL pattern</source>
        <translation>URL パターン</translation>
    </message>
    <message>
        <source>A regular expression that finds the public address in the command&apos;s output. Its first group in parentheses is used, or the whole match.</source>
        <translation>コマンドの出力から公開アドレスを見つける正規表現です。括弧で囲んだ最初のグループ、なければ一致した全体を使います。</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>公開アドレス</translation>
    </message>
    <message>
        <source>https://alerts.example.com</source>
        <translation>https://alerts.example.com</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>ログを表示(&amp;L)</translation>
    </message>
    <message>
        <source>Registers the tunnel&apos;s address with your Stripe account, so Stripe sends each sale to Dewey. Needs your Stripe secret key (Settings → Secrets).</source>
        <translation>トンネルのアドレスを Stripe アカウントに登録し、Stripe が各購入を Dewey に送るようにします。Stripe のシークレットキー（設定 → シークレット）が必要です。</translation>
    </message>
    <message>
        <source>Removes the webhook endpoint Dewey registered in your Stripe account.</source>
        <translation>Dewey が Stripe アカウントに登録した Webhook エンドポイントを削除します。</translation>
    </message>
    <message>
        <source>Catch-up interval</source>
        <translation>キャッチアップの間隔</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Alert on caught-up sales younger than</source>
        <translation>アラートを出すキャッチアップ購入の新しさ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Sales Dewey finds later (it was closed, or the tunnel was down) alert on stream only when they are this recent; older ones are just recorded.</source>
        <translation>あとから見つかった購入（Dewey を閉じていた、トンネルが止まっていたなど）は、この時間内のものだけ配信にアラートが出ます。それより古い購入は記録だけされます。</translation>
    </message>
    <message>
        <source>Stripe tells Dewey about each sale through a tunnel to this computer. Without one, Dewey still finds new sales by asking Stripe every few minutes (catch-up).</source>
        <translation>Stripe はこのコンピューターへのトンネル経由で、購入を 1 件ずつ Dewey に知らせます。トンネルがなくても、Dewey は数分ごとに Stripe に問い合わせて新しい購入を見つけます（キャッチアップ）。</translation>
    </message>
    <message>
        <source>&amp;Tunnel:</source>
        <translation>トンネル(&amp;T):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Webhook address:</source>
        <translation>Webhook アドレス:</translation>
    </message>
    <message>
        <source>Stripe account:</source>
        <translation>Stripe アカウント:</translation>
    </message>
    <message>
        <source>Catch up every:</source>
        <translation>キャッチアップの間隔:</translation>
    </message>
    <message>
        <source>Alert on caught-up sales younger than:</source>
        <translation>アラートを出すキャッチアップ購入の新しさ:</translation>
    </message>
    <message>
        <source>Hide &amp;log</source>
        <translation>ログを隠す(&amp;L)</translation>
    </message>
    <message>
        <source>No tunnel: nothing to install. Sales show up when Dewey next asks Stripe, so alerts can come a few minutes late.</source>
        <translation>トンネルなし: インストール不要です。購入は Dewey が次に Stripe に問い合わせたときに表示されるため、アラートが数分遅れることがあります。</translation>
    </message>
    <message>
        <source>Install the Stripe CLI. Dewey runs &quot;stripe listen&quot; with your Stripe secret key and uses its signing secret by itself; nothing to connect.</source>
        <translation>Stripe CLI をインストールしてください。Dewey が Stripe のシークレットキーで &quot;stripe listen&quot; を実行し、その署名シークレットを自動で使います。接続の操作は不要です。</translation>
    </message>
    <message>
        <source>Install cloudflared (free, no account). Dewey starts a quick tunnel; its address changes each time, and Dewey updates Stripe when you have connected.</source>
        <translation>cloudflared をインストールしてください（無料、アカウント不要）。Dewey がクイックトンネルを起動します。アドレスは毎回変わりますが、接続済みなら Dewey が Stripe を更新します。</translation>
    </message>
    <message>
        <source>Install ngrok and add your ngrok authtoken once (&quot;ngrok config add-authtoken …&quot;). Dewey starts it and reads the address from ngrok itself.</source>
        <translation>ngrok をインストールし、ngrok の authtoken を一度追加してください（&quot;ngrok config add-authtoken …&quot;）。Dewey が ngrok を起動し、ngrok からアドレスを読み取ります。</translation>
    </message>
    <message>
        <source>Any tunnel program: Dewey runs the command, with {port} replaced by the webhook port, and finds the public address in its output.</source>
        <translation>任意のトンネルプログラム: Dewey がコマンドを実行し（{port} は Webhook のポートに置き換えます）、その出力から公開アドレスを見つけます。</translation>
    </message>
    <message>
        <source>An address you run yourself (a reverse proxy or a named tunnel) that forwards to this computer&apos;s webhook port. Dewey adds /webhooks/stripe.</source>
        <translation>自分で運用しているアドレス（リバースプロキシや名前付きトンネル）で、このコンピューターの Webhook ポートに転送するもの。Dewey が /webhooks/stripe を付け足します。</translation>
    </message>
    <message>
        <source>stripe, found on the PATH</source>
        <translation>stripe（PATH で検出）</translation>
    </message>
    <message>
        <source>cloudflared, found on the PATH</source>
        <translation>cloudflared（PATH で検出）</translation>
    </message>
    <message>
        <source>ngrok, found on the PATH</source>
        <translation>ngrok（PATH で検出）</translation>
    </message>
    <message>
        <source>Choose the tunnel program</source>
        <translation>トンネルのプログラムを選択</translation>
    </message>
    <message>
        <source>Not needed: the Stripe CLI forwards events itself</source>
        <translation>不要です: Stripe CLI が自分でイベントを転送します</translation>
    </message>
    <message>
        <source>No public address yet</source>
        <translation>公開アドレスはまだありません</translation>
    </message>
    <message>
        <source>Re&amp;connect Stripe</source>
        <translation>Stripe に再接続(&amp;C)</translation>
    </message>
    <message>
        <source>Talking to Stripe…</source>
        <translation>Stripe と通信中…</translation>
    </message>
    <message>
        <source>Add your Stripe secret key in Settings → Secrets to connect.</source>
        <translation>接続するには、設定 → シークレット で Stripe のシークレットキーを追加してください。</translation>
    </message>
    <message>
        <source>The Stripe CLI forwards events itself: nothing to connect.</source>
        <translation>Stripe CLI が自分でイベントを転送します。接続の操作は不要です。</translation>
    </message>
    <message>
        <source>Connected: Stripe sends sales to %1.</source>
        <translation>接続しました: Stripe は購入を %1 に送信します。</translation>
    </message>
    <message>
        <source>Choose a tunnel and wait until it has an address, then connect.</source>
        <translation>トンネルを選び、アドレスが表示されるまで待ってから接続してください。</translation>
    </message>
    <message>
        <source>Not connected yet.</source>
        <translation>まだ接続されていません。</translation>
    </message>
    <message>
        <source>Test mode: only test purchases reach Dewey; they are marked &quot;test&quot; in the sales history. Use a live key (sk_live_…) for real sales.</source>
        <translation>テストモード: Dewey に届くのはテスト購入だけです。購入履歴では「テスト」と表示されます。実際の購入にはライブキー（sk_live_…）を使ってください。</translation>
    </message>
    <message>
        <source>Live mode: real purchases from your store.</source>
        <translation>ライブモード: ストアでの実際の購入です。</translation>
    </message>
    <message>
        <source>This does not look like a Stripe secret key (sk_test_…, sk_live_… or rk_…).</source>
        <translation>Stripe のシークレットキー（sk_test_…、sk_live_…、rk_…）ではないようです。</translation>
    </message>
    <message>
        <source>Disconnect Stripe?</source>
        <translation>Stripe を切断しますか？</translation>
    </message>
    <message>
        <source>Dewey removes the webhook endpoint it registered in your Stripe account. Sales then reach Dewey only through catch-up, every few minutes.</source>
        <translation>Dewey が Stripe アカウントに登録した Webhook エンドポイントを削除します。以後、購入は数分ごとのキャッチアップでのみ Dewey に届きます。</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
</context>
<context>
    <name>Dewey::StripeWebhookIntake</name>
    <message>
        <source>The body is not a JSON object</source>
        <translation>本文が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>No Stripe API client</source>
        <translation>Stripe API クライアントがありません</translation>
    </message>
    <message>
        <source>Line items cannot be fetched</source>
        <translation>購入商品を取得できません</translation>
    </message>
</context>
<context>
    <name>Dewey::TierEditor</name>
    <message>
        <source>Tier %1</source>
        <translation>ティア %1</translation>
    </message>
    <message>
        <source>%1 (needs a fix)</source>
        <translation>%1（要修正）</translation>
    </message>
    <message>
        <source>Tiers, first match wins</source>
        <translation>ティア（最初に一致したものを適用）</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>The first tier a sale matches gives its alert the tier&apos;s look; sales no tier matches use the default look.</source>
        <translation>購入が最初に一致したティアの見た目でアラートが表示されます。どのティアにも一致しない購入は既定の見た目になります。</translation>
    </message>
    <message>
        <source>Any amount</source>
        <translation>任意の金額</translation>
    </message>
    <message>
        <source>Any currency (or e.g. USD)</source>
        <translation>任意の通貨（または USD など）</translation>
    </message>
    <message>
        <source>Any product (or part of a product name)</source>
        <translation>任意の商品（または商品名の一部）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Default sound (type &quot;none&quot; for silence)</source>
        <translation>既定のサウンド（無音にするには &quot;none&quot; と入力）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>プレースホルダー: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation>最低金額(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>通貨(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Product name contains:</source>
        <translation>商品名に含む文字(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>テキスト(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>表示時間(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Sound:</source>
        <translation>サウンド(&amp;S):</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>スタイル(&amp;Y):</translation>
    </message>
    <message>
        <source>Sa&amp;ve tiers</source>
        <translation>ティアを保存(&amp;W)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Preview of a sale this tier matches:</source>
        <translation>このティアに一致する購入のプレビュー:</translation>
    </message>
    <message>
        <source>The title uses %1, which is not a placeholder. Use %2.</source>
        <translation>タイトルに使われている %1 はプレースホルダーではありません。%2 を使ってください。</translation>
    </message>
    <message>
        <source>The text uses %1, which is not a placeholder. Use %2.</source>
        <translation>テキストに使われている %1 はプレースホルダーではありません。%2 を使ってください。</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD, or empty for any.</source>
        <translation>通貨は USD のような 3 文字のコードにするか、任意にするなら空欄にしてください。</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>新しいティア</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Alert sound</source>
        <translation>アラートのサウンド</translation>
    </message>
    <message>
        <source>Sounds (*.ogg *.mp3 *.wav *.opus *.m4a)</source>
        <translation>サウンド (*.ogg *.mp3 *.wav *.opus *.m4a)</translation>
    </message>
    <message>
        <source>&quot;gold&quot; gives big purchases golden accents and larger type</source>
        <translation>&quot;gold&quot; は大きな購入に金色のアクセントと大きめの文字を付けます</translation>
    </message>
</context>
<context>
    <name>Dewey::TrayController</name>
    <message>
        <source>Show Dewey</source>
        <translation>Dewey を表示</translation>
    </message>
    <message>
        <source>Pause alerts</source>
        <translation>アラートを一時停止</translation>
    </message>
    <message>
        <source>Send test alert</source>
        <translation>テストアラートを送信</translation>
    </message>
    <message>
        <source>Quit Dewey</source>
        <translation>Dewey を終了</translation>
    </message>
    <message>
        <source>Shows a made-up sale on the overlay, to check OBS shows it</source>
        <translation>架空の購入をオーバーレイに表示して、OBS に表示されるか確認します</translation>
    </message>
    <message>
        <source>Test alerts become available once the alert queue is running</source>
        <translation>テストアラートはアラートキューの起動後に使えます</translation>
    </message>
    <message>
        <source>Hide Dewey</source>
        <translation>Dewey を隠す</translation>
    </message>
    <message>
        <source>Resume alerts</source>
        <translation>アラートを再開</translation>
    </message>
    <message>
        <source>Dewey — alerts paused</source>
        <translation>Dewey — アラート一時停止中</translation>
    </message>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Show overlay window</source>
        <translation>オーバーレイウィンドウを表示</translation>
    </message>
    <message>
        <source>An always-on-top window on your desktop that shows the alerts too</source>
        <translation>デスクトップ上で常に手前に表示され、アラートも表示するウィンドウ</translation>
    </message>
</context>
<context>
    <name>Dewey::TunnelLogView</name>
    <message>
        <source>Copy log</source>
        <translation>ログをコピー</translation>
    </message>
    <message>
        <source>Tunnel log</source>
        <translation>トンネルのログ</translation>
    </message>
    <message>
        <source>Nothing yet: the tunnel program&apos;s output appears here.</source>
        <translation>まだ何もありません。トンネルプログラムの出力がここに表示されます。</translation>
    </message>
    <message>
        <source>Copies the log, for example to ask for help. Secrets in it are masked.</source>
        <translation>ログをコピーします（ヘルプを求めるときなど）。含まれるシークレットは伏せ字になります。</translation>
    </message>
</context>
<context>
    <name>Dewey::TunnelSupervisor</name>
    <message>
        <source>No tunnel: Dewey checks Stripe for new sales every few minutes instead.</source>
        <translation>トンネルなし: 代わりに Dewey が数分ごとに Stripe に新しい購入を確認します。</translation>
    </message>
    <message>
        <source>None (catch-up only)</source>
        <translation>なし（キャッチアップのみ）</translation>
    </message>
    <message>
        <source>Stripe CLI</source>
        <translation>Stripe CLI</translation>
    </message>
    <message>
        <source>cloudflared quick tunnel</source>
        <translation>cloudflared クイックトンネル</translation>
    </message>
    <message>
        <source>ngrok</source>
        <translation>ngrok</translation>
    </message>
    <message>
        <source>Custom command</source>
        <translation>カスタムコマンド</translation>
    </message>
    <message>
        <source>My own public address</source>
        <translation>自分の公開アドレス</translation>
    </message>
    <message>
        <source>Tunnel stopped.</source>
        <translation>トンネルを停止しました。</translation>
    </message>
    <message>
        <source>off (catch-up only)</source>
        <translation>オフ（キャッチアップのみ）</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 停止中</translation>
    </message>
    <message>
        <source>%1 starting…</source>
        <translation>%1 起動中…</translation>
    </message>
    <message>
        <source>%1 forwarding</source>
        <translation>%1 転送中</translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation>%1 接続済み</translation>
    </message>
    <message>
        <source>%1 restarting</source>
        <translation>%1 再起動中</translation>
    </message>
    <message>
        <source>%1 needs attention</source>
        <translation>%1 要確認</translation>
    </message>
    <message>
        <source>No tunnel chosen: sales arrive through catch-up only.</source>
        <translation>トンネルが選ばれていません: 購入はキャッチアップでのみ届きます。</translation>
    </message>
    <message>
        <source>The webhook receiver is not listening, so there is nothing to tunnel to.</source>
        <translation>Webhook 受信が待ち受けていないため、トンネルの転送先がありません。</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 を起動中…</translation>
    </message>
    <message>
        <source>%1 is forwarding Stripe&apos;s events to Dewey.</source>
        <translation>%1 が Stripe のイベントを Dewey に転送しています。</translation>
    </message>
    <message>
        <source>Stripe can reach Dewey at %1</source>
        <translation>Stripe は %1 で Dewey に届きます</translation>
    </message>
    <message>
        <source>%1 stopped.</source>
        <translation>%1 が停止しました。</translation>
    </message>
    <message>
        <source>Restarting in %1 s.</source>
        <translation>%1 秒後に再起動します。</translation>
    </message>
    <message>
        <source>Stored the Stripe CLI&apos;s signing secret as the webhook signing secret.</source>
        <translation>Stripe CLI の署名シークレットを Webhook 署名シークレットとして保存しました。</translation>
    </message>
    <message>
        <source>Tunnel settings changed.</source>
        <translation>トンネルの設定が変更されました。</translation>
    </message>
</context>
<context>
    <name>DeweyApp</name>
    <message>
        <source>Dewey cannot start</source>
        <translation>Dewey を起動できません</translation>
    </message>
    <message>
        <source>Dewey: store sale alerts and a notes assistant for livestreamers.</source>
        <translation>Dewey: ライブ配信者のための、ストアの購入アラートとメモアシスタント。</translation>
    </message>
    <message>
        <source>Use DIR as the data folder.</source>
        <translation>DIR をデータフォルダーとして使います。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Start in the tray, without the window.</source>
        <translation>ウィンドウを出さずにトレイで起動します。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Run &apos;dewey --help&apos; for usage.</source>
        <translation>使い方は &apos;dewey --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>Dewey is already running; bringing its window to the front.</source>
        <translation>Dewey はすでに実行中です。ウィンドウを前面に表示します。</translation>
    </message>
    <message>
        <source>Servers not started</source>
        <translation>サーバーを起動できませんでした</translation>
    </message>
    <message>
        <source>dewey-cli serve is already running with this data folder (%1). Stop it first, or start Dewey with another data folder.</source>
        <translation>このデータフォルダー（%1）で dewey-cli serve がすでに実行中です。先に停止するか、別のデータフォルダーで Dewey を起動してください。</translation>
    </message>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
</context>
<context>
    <name>EmbeddingStore</name>
    <message>
        <source>The notes database is not open.</source>
        <translation>メモのデータベースが開かれていません。</translation>
    </message>
</context>
<context>
    <name>FileSecretBackend</name>
    <message>
        <source>The secrets file %1 can be read or changed by other users of this computer (permissions %2). Dewey will not use it. Make it private with &quot;chmod 600&quot;, or delete it and enter your keys again.</source>
        <translation>シークレットファイル %1 は、このコンピューターのほかのユーザーが読み書きできます（アクセス権 %2）。Dewey はこのファイルを使いません。&quot;chmod 600&quot; で非公開にするか、削除してキーを入力し直してください。</translation>
    </message>
    <message>
        <source>Could not read the secrets file %1: %2</source>
        <translation>シークレットファイル %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged. Delete it and enter your keys again.</source>
        <translation>シークレットファイル %1 が破損しています。削除して、キーを入力し直してください。</translation>
    </message>
    <message>
        <source>Could not create the folder for the secrets file %1.</source>
        <translation>シークレットファイル %1 用のフォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not create the secrets file %1: %2</source>
        <translation>シークレットファイル %1 を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not delete the secrets file %1.</source>
        <translation>シークレットファイル %1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>Could not write the secrets file %1: %2</source>
        <translation>シークレットファイル %1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>LaunchAgentAutostart</name>
    <message>
        <source>Dewey could not remove %1.</source>
        <translation>Dewey は %1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>Dewey could not create the folder %1.</source>
        <translation>Dewey はフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Dewey could not write %1: %2</source>
        <translation>Dewey は %1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>NotesCommand</name>
    <message>
        <source>Add, list, search, edit, delete, import and export notes.</source>
        <translation>メモの追加、一覧、検索、編集、削除、インポート、エクスポートを行います。</translation>
    </message>
    <message>
        <source>add TEXT | list | search QUERY | edit ID TEXT | delete ID | restore ID | import PATH | export [PATH]. TEXT &quot;-&quot; reads the note from standard input; PATH &quot;-&quot; means standard input/output.</source>
        <translation>add TEXT | list | search QUERY | edit ID TEXT | delete ID | restore ID | import PATH | export [PATH]。TEXT に &quot;-&quot; を指定すると標準入力からメモを読み込み、PATH の &quot;-&quot; は標準入力／標準出力を表します。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>At most N notes (search: default %1; list: all).</source>
        <translation>最大 N 件のメモ（search: 既定 %1 件、list: すべて）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>File format for import/export: jsonl or markdown (default: from the file name; export to standard output: jsonl).</source>
        <translation>インポート／エクスポートのファイル形式: jsonl または markdown（既定: ファイル名から判断。標準出力へのエクスポートは jsonl）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>search: match words only, even when notes can be found by meaning.</source>
        <translation>search: メモを意味で検索できる場合でも、単語だけで検索します。</translation>
    </message>
    <message>
        <source>say what to do: add, list, search, edit, delete, restore, import or export. Run &apos;dewey-cli notes --help&apos; for usage.</source>
        <translation>何をするか指定してください: add、list、search、edit、delete、restore、import、export。使い方は &apos;dewey-cli notes --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;. Run &apos;dewey-cli notes --help&apos; for usage.</source>
        <translation>不明な操作「%1」です。使い方は &apos;dewey-cli notes --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit には正の数を指定してください。</translation>
    </message>
    <message>
        <source>add needs the note&apos;s text, e.g. dewey-cli notes add &quot;Airbnb code 4412&quot;.</source>
        <translation>add にはメモの本文が必要です。例: dewey-cli notes add &quot;Airbnb の暗証番号 4412&quot;</translation>
    </message>
    <message>
        <source>list takes no arguments (did you mean search?).</source>
        <translation>list に引数は不要です（search のことですか？）。</translation>
    </message>
    <message>
        <source>search needs words to look for, e.g. dewey-cli notes search &quot;airbnb code&quot;.</source>
        <translation>search には検索する単語が必要です。例: dewey-cli notes search &quot;airbnb 暗証番号&quot;</translation>
    </message>
    <message>
        <source>edit needs a note id and the new text, e.g. dewey-cli notes edit 12 &quot;new text&quot;.</source>
        <translation>edit にはメモの ID と新しい本文が必要です。例: dewey-cli notes edit 12 &quot;新しい本文&quot;</translation>
    </message>
    <message>
        <source>delete needs one note id, e.g. dewey-cli notes delete 12.</source>
        <translation>delete にはメモの ID を 1 つ指定します。例: dewey-cli notes delete 12</translation>
    </message>
    <message>
        <source>Deleted note %1. To undo: dewey-cli notes restore %1</source>
        <translation>メモ %1 を削除しました。元に戻すには: dewey-cli notes restore %1</translation>
    </message>
    <message>
        <source>restore needs one note id, e.g. dewey-cli notes restore 12.</source>
        <translation>restore にはメモの ID を 1 つ指定します。例: dewey-cli notes restore 12</translation>
    </message>
    <message>
        <source>import needs one file or folder, e.g. dewey-cli notes import notes.jsonl.</source>
        <translation>import にはファイルかフォルダーを 1 つ指定します。例: dewey-cli notes import notes.jsonl</translation>
    </message>
    <message>
        <source>%1 holds no .md or .jsonl files.</source>
        <translation>%1 には .md や .jsonl のファイルがありません。</translation>
    </message>
    <message>
        <source>cannot tell the format of %1; add --format jsonl or --format markdown.</source>
        <translation>%1 の形式を判断できません。--format jsonl または --format markdown を付けてください。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>%1 をスキップしました</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s)</source>
        <translation>
            <numerusform>%n 件のメモをインポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>、重複 %n 件をスキップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n entry(ies) not readable</source>
        <translation>
            <numerusform>、読み取れない項目 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>export takes at most one file, e.g. dewey-cli notes export notes.jsonl.</source>
        <translation>export に指定できるファイルは 1 つまでです。例: dewey-cli notes export notes.jsonl</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>%n 件のメモを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesFileFormats</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>no &quot;text&quot;</source>
        <translation>&quot;text&quot; がありません</translation>
    </message>
    <message>
        <source>&quot;createdAt&quot; is not a date and time (use ISO 8601, e.g. 2026-03-03T14:05:00Z)</source>
        <translation>&quot;createdAt&quot; が日時ではありません（ISO 8601 を使ってください。例: 2026-03-03T14:05:00Z）</translation>
    </message>
    <message>
        <source>line %1: a note without text</source>
        <translation>%1 行目: 本文のないメモです</translation>
    </message>
</context>
<context>
    <name>OpenAiEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a URL such as %2 or http://localhost:11434/v1.</source>
        <translation>「%1」はサーバーのアドレスではありません。%2 や http://localhost:11434/v1 のような URL を使ってください。</translation>
    </message>
    <message>
        <source>The base URL must not contain &quot;?&quot; or &quot;#&quot;: &quot;%1&quot;.</source>
        <translation>ベース URL に &quot;?&quot; や &quot;#&quot; は使えません:「%1」。</translation>
    </message>
</context>
<context>
    <name>OpenAiErrorClassifier</name>
    <message>
        <source>%1 refused the API key. Check the OpenAI API key in Settings.</source>
        <translation>%1 が API キーを拒否しました。設定で OpenAI API キーを確認してください。</translation>
    </message>
    <message>
        <source>%1 does not let this API key use the chosen model. Check the key&apos;s permissions and the model in Settings.</source>
        <translation>%1 はこの API キーで選択したモデルを使うことを許可していません。設定でキーの権限とモデルを確認してください。</translation>
    </message>
    <message>
        <source>%1 does not know the model or the address Dewey asked for. Check the model name and the base URL in Settings (it usually ends in /v1).</source>
        <translation>%1 は Dewey が指定したモデルまたはアドレスを認識していません。設定でモデル名とベース URL を確認してください（通常は /v1 で終わります）。</translation>
    </message>
    <message>
        <source>Your OpenAI account has run out of credit or reached its spending limit. Add credit or raise the limit on platform.openai.com (Billing); trying again will not help until then.</source>
        <translation>OpenAI アカウントのクレジットがなくなったか、利用上限に達しました。platform.openai.com（Billing）でクレジットを追加するか上限を引き上げてください。それまでは再試行しても解決しません。</translation>
    </message>
    <message>
        <source>%1 is limiting how often Dewey may ask. Try again in a moment.</source>
        <translation>%1 が Dewey の問い合わせ頻度を制限しています。少し待ってからもう一度試してください。</translation>
    </message>
    <message>
        <source>%1 had a problem answering (HTTP %2). Try again in a moment.</source>
        <translation>%1 の応答中に問題が発生しました（HTTP %2）。少し待ってからもう一度試してください。</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2). Check the model and base URL in Settings.</source>
        <translation>%1 がリクエストを拒否しました（HTTP %2）。設定でモデルとベース URL を確認してください。</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2, which is not a chat answer. Check the base URL in Settings.</source>
        <translation>%1 の応答は HTTP %2 で、チャットの回答ではありません。設定でベース URL を確認してください。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost in the middle of the answer. Try again.</source>
        <translation>回答の途中で %1 との接続が切れました。もう一度試してください。</translation>
    </message>
    <message>
        <source>%1 refused the connection. If it is a local server, check that it is running and that the base URL in Settings has the right port.</source>
        <translation>%1 が接続を拒否しました。ローカルサーバーの場合は、起動しているか、設定のベース URL のポートが正しいかを確認してください。</translation>
    </message>
    <message>
        <source>Dewey could not find %1. Check your internet connection and the base URL in Settings.</source>
        <translation>Dewey は %1 を見つけられませんでした。インターネット接続と設定のベース URL を確認してください。</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>%1 が時間内に応答しませんでした。少し待ってからもう一度試してください。</translation>
    </message>
    <message>
        <source>Dewey could not set up a secure connection to %1. Check the base URL in Settings.</source>
        <translation>Dewey は %1 と安全な接続を確立できませんでした。設定でベース URL を確認してください。</translation>
    </message>
    <message>
        <source>Dewey could not reach %1. Check your internet connection and try again.</source>
        <translation>Dewey は %1 に接続できませんでした。インターネット接続を確認して、もう一度試してください。</translation>
    </message>
    <message>
        <source>%1 reported an error while answering. Try again in a moment.</source>
        <translation>%1 が回答中にエラーを報告しました。少し待ってからもう一度試してください。</translation>
    </message>
    <message>
        <source>%1 stopped sending the answer for %2 seconds. Try again.</source>
        <translation>%1 からの回答が %2 秒間途絶えました。もう一度試してください。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Try again in a moment.</source>
        <translation>%1 が %2 秒以内に応答しませんでした。少し待ってからもう一度試してください。</translation>
    </message>
    <message>
        <source>%1 sent something that is not a chat answer. Check that the base URL in Settings points at an OpenAI-compatible API (it usually ends in /v1).</source>
        <translation>%1 からチャットの回答ではないものが返されました。設定のベース URL が OpenAI 互換 API を指しているか確認してください（通常は /v1 で終わります）。</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one in Settings, or set a base URL for a local server that needs no key.</source>
        <translation>OpenAI API キーが設定されていません。設定で追加するか、キー不要のローカルサーバーのベース URL を設定してください。</translation>
    </message>
</context>
<context>
    <name>OverlayTokenRegenerator</name>
    <message>
        <source>Regenerate the overlay URL?</source>
        <translation>オーバーレイ URL を再生成しますか？</translation>
    </message>
    <message>
        <source>The current overlay URL stops working at once: OBS shows no alerts until you paste the new URL into its Browser Source.</source>
        <translation>現在のオーバーレイ URL はすぐに使えなくなります。新しい URL を OBS のブラウザソースに貼り付けるまで、アラートは表示されません。</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
</context>
<context>
    <name>RunKeyAutostart</name>
    <message>
        <source>Dewey could not change %1.</source>
        <translation>Dewey は %1 を変更できませんでした。</translation>
    </message>
</context>
<context>
    <name>SalesCommand</name>
    <message>
        <source>List the recorded Stripe sales: &apos;sales list [--json] [--since ISO]&apos;.</source>
        <translation>記録された Stripe の購入を一覧表示します: &apos;sales list [--json] [--since ISO]&apos;。</translation>
    </message>
    <message>
        <source>List the sales, newest first.</source>
        <translation>購入を新しい順に一覧表示します。</translation>
    </message>
    <message>
        <source>Print JSON (an array of sales) instead of a table.</source>
        <translation>表の代わりに JSON（購入の配列）を出力します。</translation>
    </message>
    <message>
        <source>Only sales made at or after TIME (ISO 8601, e.g. 2024-05-01 or 2024-05-01T20:00:00Z).</source>
        <translation>TIME 以降の購入だけを表示します（ISO 8601。例: 2024-05-01、2024-05-01T20:00:00Z）。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>missing subcommand; use &apos;sales list&apos;.</source>
        <translation>サブコマンドがありません。&apos;sales list&apos; を使ってください。</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;; use &apos;sales list&apos;.</source>
        <translation>不明なサブコマンド「%1」です。&apos;sales list&apos; を使ってください。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date or time (for example 2024-05-01T20:00:00Z).</source>
        <translation>「%1」は ISO 8601 の日付や時刻ではありません（例: 2024-05-01T20:00:00Z）。</translation>
    </message>
    <message>
        <source>Cannot read the sales ledger: %1</source>
        <translation>売上台帳を読み込めません: %1</translation>
    </message>
    <message>
        <source>No sales recorded yet.</source>
        <translation>まだ購入は記録されていません。</translation>
    </message>
    <message>
        <source>[test]</source>
        <translation>[テスト]</translation>
    </message>
</context>
<context>
    <name>SalesCsvExporter</name>
    <message>
        <source>Cannot read the sales: %1</source>
        <translation>購入を読み込めません: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>SalesTools</name>
    <message>
        <source>Unknown period &quot;%1&quot;; use one of: %2.</source>
        <translation>不明な期間「%1」です。次のいずれかを使ってください: %2。</translation>
    </message>
    <message>
        <source>The sales ledger could not be read: %1</source>
        <translation>売上台帳を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Looked up sales (%1)</source>
        <translation>購入を確認しました（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Looked up the %n latest sales</source>
        <translation>
            <numerusform>最新の購入 %n 件を確認しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Run the overlay server and the webhook receiver without a window.</source>
        <translation>オーバーレイサーバーと Webhook 受信をウィンドウなしで実行します。</translation>
    </message>
    <message>
        <source>Serve the overlay on port N (0 picks a free port).</source>
        <translation>ポート N でオーバーレイを配信します（0 で空いているポートを選びます）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Receive Stripe webhooks on port N (0 picks a free port).</source>
        <translation>ポート N で Stripe の Webhook を受信します（0 で空いているポートを選びます）。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>a port must be a number from 0 to 65535.</source>
        <translation>ポートは 0〜65535 の数で指定してください。</translation>
    </message>
    <message>
        <source>Dewey is already running with the data folder %1. Stop it first, or use another folder with --data-dir.</source>
        <translation>Dewey はすでにデータフォルダー %1 で実行中です。先に終了させるか、--data-dir で別のフォルダーを使ってください。</translation>
    </message>
    <message>
        <source>the overlay and webhook ports must differ.</source>
        <translation>オーバーレイと Webhook には別々のポートを指定してください。</translation>
    </message>
</context>
<context>
    <name>StripeEventMapper</name>
    <message>
        <source>Thin events are not supported; use a snapshot event destination</source>
        <translation>Thin イベントには対応していません。スナップショットのイベント送信先を使ってください</translation>
    </message>
    <message>
        <source>Not a Stripe event (no id or type)</source>
        <translation>Stripe のイベントではありません（id または type がありません）</translation>
    </message>
    <message>
        <source>Not a Stripe event (no data.object or created)</source>
        <translation>Stripe のイベントではありません（data.object または created がありません）</translation>
    </message>
    <message>
        <source>PaymentIntent sales are turned off (Checkout and invoices report these)</source>
        <translation>PaymentIntent による購入はオフです（Checkout と請求書で通知されます）</translation>
    </message>
    <message>
        <source>Event type %1 is not used by Dewey</source>
        <translation>イベントタイプ %1 は Dewey では使いません</translation>
    </message>
    <message>
        <source>The %1 has no usable amount or currency</source>
        <translation>イベント %1 に使える金額または通貨がありません</translation>
    </message>
    <message>
        <source>Setup-mode Checkout Sessions are not purchases</source>
        <translation>setup モードの Checkout Session は購入ではありません</translation>
    </message>
    <message>
        <source>The Checkout Session is not paid yet (%1)</source>
        <translation>Checkout Session はまだ支払われていません（%1）</translation>
    </message>
    <message>
        <source>The Checkout Session has no id or amount_total</source>
        <translation>Checkout Session に id または amount_total がありません</translation>
    </message>
    <message>
        <source>The invoice has no id or amount_paid</source>
        <translation>請求書に id または amount_paid がありません</translation>
    </message>
    <message>
        <source>Nothing was paid on this invoice (a trial or a fully discounted one)</source>
        <translation>この請求書では何も支払われていません（トライアルまたは全額割引）</translation>
    </message>
    <message>
        <source>The PaymentIntent has no id or amount</source>
        <translation>PaymentIntent に id または金額がありません</translation>
    </message>
    <message>
        <source>The charge is only authorised, not captured</source>
        <translation>支払いはオーソリ済みですが、売上確定されていません</translation>
    </message>
    <message>
        <source>The charge has no id or amount</source>
        <translation>支払いに id または金額がありません</translation>
    </message>
    <message>
        <source>Partial refund: the sale stays recorded</source>
        <translation>一部返金: 購入は記録されたままです</translation>
    </message>
</context>
<context>
    <name>StripeSignature</name>
    <message>
        <source>No Stripe-Signature header</source>
        <translation>Stripe-Signature ヘッダーがありません</translation>
    </message>
    <message>
        <source>Unable to extract timestamp and signatures from header</source>
        <translation>ヘッダーからタイムスタンプと署名を取り出せません</translation>
    </message>
    <message>
        <source>No signatures found with expected scheme</source>
        <translation>想定されたスキームの署名が見つかりません</translation>
    </message>
    <message>
        <source>No webhook signing secret is configured</source>
        <translation>Webhook 署名シークレットが設定されていません</translation>
    </message>
    <message>
        <source>No signatures found matching the expected signature for payload</source>
        <translation>ペイロードの想定署名と一致する署名が見つかりません</translation>
    </message>
    <message>
        <source>Timestamp outside the tolerance zone (%1 s old, %2 s allowed)</source>
        <translation>タイムスタンプが許容範囲外です（%1 秒前、許容は %2 秒）</translation>
    </message>
</context>
<context>
    <name>XdgAutostart</name>
    <message>
        <source>Dewey could not remove %1.</source>
        <translation>Dewey は %1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>Dewey could not create the folder %1.</source>
        <translation>Dewey はフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Dewey could not write %1: %2</source>
        <translation>Dewey は %1 に書き込めませんでした: %2</translation>
    </message>
</context>
</TS>
