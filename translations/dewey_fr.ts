<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AlertCommands</name>
    <message>
        <source>Alerts are paused.</source>
        <translation>Les alertes sont en pause.</translation>
    </message>
    <message>
        <source>Alerts are on.</source>
        <translation>Les alertes sont actives.</translation>
    </message>
    <message numerus="yes">
        <source>%n overlay(s) connected, </source>
        <translation>
            <numerusform>%n overlay connecté, </numerusform>
            <numerusform>%n overlays connectés, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) waiting.</source>
        <translation>
            <numerusform>%n alerte en attente.</numerusform>
            <numerusform>%n alertes en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not queue a test alert: %1</source>
        <translation>Impossible de mettre une alerte de test en file&#xa0;: %1</translation>
    </message>
    <message>
        <source>Test alert queued.</source>
        <translation>Alerte de test mise en file.</translation>
    </message>
    <message>
        <source>No overlay is connected yet: it plays when OBS connects.</source>
        <translation>Aucun overlay n&apos;est encore connecté&#xa0;: elle s&apos;affichera quand OBS se connectera.</translation>
    </message>
    <message>
        <source>Alerts are paused: it plays when you resume.</source>
        <translation>Les alertes sont en pause&#xa0;: elle s&apos;affichera quand vous les reprendrez.</translation>
    </message>
    <message>
        <source>Could not change the pause: %1</source>
        <translation>Impossible de modifier la pause&#xa0;: %1</translation>
    </message>
    <message>
        <source>Alerts paused.</source>
        <translation>Alertes en pause.</translation>
    </message>
    <message>
        <source>Alerts resumed.</source>
        <translation>Alertes reprises.</translation>
    </message>
    <message>
        <source>Skipped the alert on screen.</source>
        <translation>Alerte à l&apos;écran passée.</translation>
    </message>
    <message>
        <source>No alert is on screen.</source>
        <translation>Aucune alerte à l&apos;écran.</translation>
    </message>
    <message>
        <source>Could not clear the alerts: %1</source>
        <translation>Impossible de vider les alertes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n waiting alert(s).</source>
        <translation>
            <numerusform>%n alerte en attente supprimée.</numerusform>
            <numerusform>%n alertes en attente supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaying sales is not available here.</source>
        <translation>Rejouer des ventes n&apos;est pas disponible ici.</translation>
    </message>
    <message>
        <source>No sale was recorded for the event &quot;%1&quot;.</source>
        <translation>Aucune vente n&apos;a été enregistrée pour l&apos;événement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not replay the sale: %1</source>
        <translation>Impossible de rejouer la vente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replay of %1&apos;s sale queued.</source>
        <translation>Rediffusion de la vente de %1 mise en file.</translation>
    </message>
</context>
<context>
    <name>AlertComposer</name>
    <message>
        <source>{buyer} just bought {items} — {amount}</source>
        <extracomment>The default alert line. Keep the {placeholders}; they are filled with the sale&apos;s details.</extracomment>
        <translation>{buyer} vient d&apos;acheter {items} — {amount}</translation>
    </message>
    <message>
        <source>Alex</source>
        <extracomment>The buyer in a test alert.</extracomment>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Hoodie</source>
        <extracomment>The product in a test alert.</extracomment>
        <translation>Sweat à capuche</translation>
    </message>
    <message>
        <source>This is a test alert from Dewey.</source>
        <extracomment>The buyer&apos;s message in a test alert.</extracomment>
        <translation>Ceci est une alerte de test de Dewey.</translation>
    </message>
    <message>
        <source>Someone</source>
        <extracomment>Shown as the buyer when the sale has no name to show.</extracomment>
        <translation>Quelqu&apos;un</translation>
    </message>
</context>
<context>
    <name>AlertRepository</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Dewey could not queue the alert: %1</source>
        <translation>Dewey n&apos;a pas pu mettre l&apos;alerte en file&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dewey could not update the alert queue: %1</source>
        <translation>Dewey n&apos;a pas pu mettre à jour la file d&apos;alertes&#xa0;: %1</translation>
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
        <translation>quelque chose</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates items in an alert: &quot;Hoodie ×2, Cap&quot;.</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>AlertTierFile</name>
    <message>
        <source>The tiers file is not valid JSON: %1</source>
        <translation>Le fichier de paliers n&apos;est pas un JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tiers file has an unknown version (expected %1).</source>
        <translation>Le fichier de paliers a une version inconnue (attendue&#xa0;: %1).</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>palier %1</translation>
    </message>
    <message>
        <source>In the tiers file, &quot;%1&quot; of %2 is not usable.</source>
        <translation>Dans le fichier de paliers, «&#xa0;%1&#xa0;» de %2 est inutilisable.</translation>
    </message>
    <message>
        <source>Could not read the tiers file %1: %2</source>
        <translation>Impossible de lire le fichier de paliers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not save the tiers file %1: %2</source>
        <translation>Impossible d&apos;enregistrer le fichier de paliers %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>Control the alerts of the running Dewey: test, pause, resume, skip, clear, status, replay.</source>
        <translation>Contrôle les alertes du Dewey en cours d&apos;exécution&#xa0;: test, pause, resume, skip, clear, status, replay.</translation>
    </message>
    <message>
        <source>Print the answer as JSON.</source>
        <translation>Affiche la réponse en JSON.</translation>
    </message>
    <message>
        <source>say what to do: %1.</source>
        <translation>indiquez quoi faire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;.</source>
        <translation>action inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>name the sale&apos;s Stripe event id (evt_…).</source>
        <translation>indiquez l&apos;id de l&apos;événement Stripe de la vente (evt_…).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>AppStateRepository</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Dewey could not save &quot;%1&quot; in its database: %2</source>
        <translation>Dewey n&apos;a pas pu enregistrer «&#xa0;%1&#xa0;» dans sa base de données&#xa0;: %2</translation>
    </message>
    <message>
        <source>Dewey could not remove &quot;%1&quot; from its database: %2</source>
        <translation>Dewey n&apos;a pas pu supprimer «&#xa0;%1&#xa0;» de sa base de données&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>Ask Dewey (or tell it something to remember); the answer streams to stdout.</source>
        <translation>Posez une question à Dewey (ou dites-lui quelque chose à retenir)&#xa0;; la réponse s&apos;affiche en continu sur stdout.</translation>
    </message>
    <message>
        <source>What to ask or tell Dewey.</source>
        <translation>Ce qu&apos;il faut demander ou dire à Dewey.</translation>
    </message>
    <message>
        <source>Print one JSON object when the answer is complete (answer, citations, usage) instead of streaming text.</source>
        <translation>Affiche un objet JSON une fois la réponse complète (answer, citations, usage) au lieu d&apos;un texte en continu.</translation>
    </message>
    <message>
        <source>Allow Dewey to delete notes when asked to (otherwise deletions are declined).</source>
        <translation>Autorise Dewey à supprimer des notes sur demande (sinon, les suppressions sont refusées).</translation>
    </message>
    <message>
        <source>Continue conversation ID instead of starting a new one.</source>
        <translation>Poursuit la conversation ID au lieu d&apos;en commencer une nouvelle.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>dewey-cli also reads the key from DEWEY_OPENAI_API_KEY.</source>
        <translation>dewey-cli lit aussi la clé dans DEWEY_OPENAI_API_KEY.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>what should Dewey answer? e.g. dewey-cli ask &quot;what&apos;s the airbnb code?&quot;</source>
        <translation>que doit répondre Dewey&#xa0;? p. ex. dewey-cli ask &quot;quel est le code de l&apos;airbnb&#xa0;?&quot;</translation>
    </message>
    <message>
        <source>--conversation takes a conversation id (a positive number).</source>
        <translation>--conversation attend un id de conversation (un nombre positif).</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3).</source>
        <translation>%1 Nouvel essai dans %2 s (tentative %3).</translation>
    </message>
    <message>
        <source>deleting note %1 (--yes).</source>
        <translation>suppression de la note %1 (--yes).</translation>
    </message>
    <message>
        <source>Dewey wanted to delete note %1 (&quot;%2&quot;); it was kept. Run with --yes to allow deletions.</source>
        <translation>Dewey voulait supprimer la note %1 («&#xa0;%2&#xa0;»)&#xa0;; elle a été conservée. Relancez avec --yes pour autoriser les suppressions.</translation>
    </message>
    <message>
        <source>stopped; the part of the answer that arrived was kept.</source>
        <translation>arrêté&#xa0;; la partie de la réponse déjà reçue a été conservée.</translation>
    </message>
</context>
<context>
    <name>AssistantTools</name>
    <message>
        <source>Dewey wants to delete this note. Delete it?</source>
        <translation>Dewey veut supprimer cette note. La supprimer&#xa0;?</translation>
    </message>
    <message>
        <source>The arguments of %1 are not a JSON object.</source>
        <translation>Les arguments de %1 ne sont pas un objet JSON.</translation>
    </message>
    <message>
        <source>There is no tool called &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun outil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>remember needs the text of the note.</source>
        <translation>remember a besoin du texte de la note.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved note %1</source>
        <translation>Note %1 enregistrée</translation>
    </message>
    <message>
        <source>update_note needs the id of a note and its new text.</source>
        <translation>update_note a besoin de l&apos;id d&apos;une note et de son nouveau texte.</translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation>La note %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Note %1 could not be changed: %2</source>
        <translation>Impossible de modifier la note %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Changed note %1</source>
        <translation>Note %1 modifiée</translation>
    </message>
    <message>
        <source>forget needs the id of a note.</source>
        <translation>forget a besoin de l&apos;id d&apos;une note.</translation>
    </message>
    <message>
        <source>Kept note %1</source>
        <translation>Note %1 conservée</translation>
    </message>
    <message>
        <source>Note %1 could not be deleted: %2</source>
        <translation>Impossible de supprimer la note %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deleted note %1</source>
        <translation>Note %1 supprimée</translation>
    </message>
    <message>
        <source>search_notes needs a query.</source>
        <translation>search_notes a besoin d&apos;une requête.</translation>
    </message>
    <message numerus="yes">
        <source>Searched notes for “%1” (%n found)</source>
        <translation>
            <numerusform>Notes recherchées pour «&#xa0;%1&#xa0;» (%n trouvée)</numerusform>
            <numerusform>Notes recherchées pour «&#xa0;%1&#xa0;» (%n trouvées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuyerPrivacy</name>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Use DIR as the data folder (default: the folder the Dewey app uses; the environment variable DEWEY_DATA_DIR also sets it).</source>
        <translation>Utilise DOSSIER comme dossier de données (par défaut&#xa0;: le dossier de l&apos;app Dewey&#xa0;; la variable d&apos;environnement DEWEY_DATA_DIR le définit aussi).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;dewey-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Lancez &apos;dewey-cli COMMANDE --help&apos; pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>dewey-cli: Dewey without a window, for scripts, Stream Deck buttons and servers.</source>
        <translation>dewey-cli&#xa0;: Dewey sans fenêtre, pour les scripts, les boutons Stream Deck et les serveurs.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>La commande à exécuter (voir ci-dessous).</translation>
    </message>
    <message>
        <source>Run &apos;dewey-cli --help&apos; for usage.</source>
        <translation>Lancez &apos;dewey-cli --help&apos; pour voir l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Run &apos;dewey-cli %1 --help&apos; for usage.</source>
        <translation>Lancez &apos;dewey-cli %1 --help&apos; pour voir l&apos;utilisation.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>aucune commande indiquée.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
</context>
<context>
    <name>ControlClient</name>
    <message>
        <source>Dewey is not running with the data folder %1. Start the app or `dewey-cli serve` first.</source>
        <translation>Dewey ne tourne pas avec le dossier de données %1. Lancez d&apos;abord l&apos;app ou `dewey-cli serve`.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Dewey did not take the command: %1</source>
        <translation>Dewey n&apos;a pas accepté la commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dewey did not answer the command in time.</source>
        <translation>Dewey n&apos;a pas répondu à la commande à temps.</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>Le dossier de données %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1. Check that its parent folder is writable, or choose another one with --data-dir.</source>
        <translation>Impossible de créer le dossier de données %1. Vérifiez que son dossier parent est accessible en écriture, ou choisissez-en un autre avec --data-dir.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 was created by a newer version of Dewey (schema %2, this version understands up to %3). Install the newer Dewey, or choose another data folder.</source>
        <translation>La base de données %1 a été créée par une version plus récente de Dewey (schéma %2&#xa0;; cette version comprend jusqu&apos;au %3). Installez la version plus récente de Dewey ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>This build of Dewey has a broken database schema (%1). Please report it.</source>
        <translation>Cette version de Dewey a un schéma de base de données défectueux (%1). Merci de le signaler.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is missing, so Dewey cannot open %1. Reinstall Dewey.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) est manquant, Dewey ne peut donc pas ouvrir %1. Réinstallez Dewey.</translation>
    </message>
    <message>
        <source>Cannot open %1: the database connection name &quot;%2&quot; is already in use.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: le nom de connexion «&#xa0;%2&#xa0;» est déjà utilisé.</translation>
    </message>
    <message>
        <source>The folder %1 for Dewey&apos;s database does not exist. Create it, or choose another data folder.</source>
        <translation>Le dossier %1 de la base de données de Dewey n&apos;existe pas. Créez-le ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>Dewey cannot read its database %1 (%2). Check the file&apos;s permissions, or choose another data folder.</source>
        <translation>Dewey ne peut pas lire sa base de données %1 (%2). Vérifiez les permissions du fichier ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>The file %1 is not a Dewey database or is damaged; it was left untouched. Move it away to start fresh, or restore a backup. (Details: %2)</source>
        <translation>Le fichier %1 n&apos;est pas une base de données Dewey ou il est endommagé&#xa0;; il n&apos;a pas été modifié. Déplacez-le pour repartir de zéro, ou restaurez une sauvegarde. (Détails&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Dewey cannot write to the folder %1 that holds its database. Check the folder&apos;s permissions, or choose another data folder.</source>
        <translation>Dewey ne peut pas écrire dans le dossier %1 qui contient sa base de données. Vérifiez les permissions du dossier ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>Dewey cannot write to its database %1. Check the file&apos;s permissions, or choose another data folder.</source>
        <translation>Dewey ne peut pas écrire dans sa base de données %1. Vérifiez les permissions du fichier ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>Dewey cannot open its database %1: %2</source>
        <translation>Dewey ne peut pas ouvrir sa base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it cannot use write-ahead logging (SQLite answered &quot;%1&quot;); a network drive may be the cause</source>
        <translation>la journalisation anticipée (WAL) est impossible (SQLite a répondu «&#xa0;%1&#xa0;»)&#xa0;; un lecteur réseau peut en être la cause</translation>
    </message>
    <message>
        <source>Dewey cannot read the schema of its database %1: %2</source>
        <translation>Dewey ne peut pas lire le schéma de sa base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Dewey could not update its database %1: migration %2 (%3) failed: %4. The database was left at schema %5.</source>
        <translation>Dewey n&apos;a pas pu mettre à jour sa base de données %1&#xa0;: la migration %2 (%3) a échoué&#xa0;: %4. La base de données est restée au schéma %5.</translation>
    </message>
</context>
<context>
    <name>DatabaseFileCheck</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>it does not start with an SQLite header</source>
        <translation>il ne commence pas par un en-tête SQLite</translation>
    </message>
    <message>
        <source>it is shorter than an SQLite header</source>
        <translation>il est plus court qu&apos;un en-tête SQLite</translation>
    </message>
    <message>
        <source>it is cut off: its header counts %1 bytes but the file holds %2</source>
        <translation>il est tronqué&#xa0;: son en-tête annonce %1 octets mais le fichier en contient %2</translation>
    </message>
</context>
<context>
    <name>Dewey::AboutDialog</name>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le dossier de &amp;données</translation>
    </message>
    <message>
        <source>About Dewey</source>
        <translation>À propos de Dewey</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dewey %1&lt;/h3&gt;&lt;p&gt;Store sale alerts and a notes assistant for livestreamers.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: your sales, your notes and your keys.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3. QtKeychain %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dewey %1&lt;/h3&gt;&lt;p&gt;Des alertes de vente pour votre boutique et un assistant de notes pour les streamers.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur&#xa0;: vos ventes, vos notes et vos clés.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3. QtKeychain %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; is © The Qt Company Ltd. and other contributors, used under the GNU Lesser General Public License version 3 (&lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;LGPL-3.0&lt;/a&gt;). Dewey loads the Qt libraries from separate files, so you may replace them with your own build; Qt&apos;s source code is at &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; is © Frank Osterfeld and other contributors, used under the BSD 3-Clause License (&lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD-3-Clause&lt;/a&gt;): it comes without any warranty, and its authors&apos; names may not be used to promote Dewey.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; est © The Qt Company Ltd. et d&apos;autres contributeurs, utilisé sous la GNU Lesser General Public License version 3 (&lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;LGPL-3.0&lt;/a&gt;). Dewey charge les bibliothèques Qt depuis des fichiers séparés, vous pouvez donc les remplacer par votre propre compilation&#xa0;; le code source de Qt se trouve sur &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; est © Frank Osterfeld et d&apos;autres contributeurs, utilisé sous la licence BSD à 3 clauses (&lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD-3-Clause&lt;/a&gt;)&#xa0;: il est fourni sans aucune garantie, et les noms de ses auteurs ne peuvent pas servir à promouvoir Dewey.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertCard</name>
    <message>
        <source>Alert card</source>
        <translation>Carte d&apos;alerte</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertPreview</name>
    <message>
        <source>Alert preview</source>
        <translation>Aperçu de l&apos;alerte</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertQueue</name>
    <message>
        <source>Dewey could not read the waiting alerts from its database.</source>
        <translation>Dewey n&apos;a pas pu lire les alertes en attente dans sa base de données.</translation>
    </message>
    <message>
        <source>The sale is too old to be shown on stream.</source>
        <translation>La vente est trop ancienne pour être affichée en live.</translation>
    </message>
    <message>
        <source>This sale has already been queued.</source>
        <translation>Cette vente est déjà dans la file.</translation>
    </message>
    <message>
        <source>Refunded or disputed sales are not shown on stream.</source>
        <translation>Les ventes remboursées ou contestées ne sont pas affichées en live.</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Alerts are paused: new sales are recorded, but not shown on stream.</source>
        <translation>Les alertes sont en pause&#xa0;: les nouvelles ventes sont enregistrées, mais pas affichées en live.</translation>
    </message>
    <message>
        <source>Overlay for OBS</source>
        <translation>Overlay pour OBS</translation>
    </message>
    <message>
        <source>Overlay URL</source>
        <translation>URL de l&apos;overlay</translation>
    </message>
    <message>
        <source>Appears when the overlay server is running</source>
        <translation>Apparaît quand le serveur de l&apos;overlay est en marche</translation>
    </message>
    <message>
        <source>Overlay &amp;URL:</source>
        <translation>&amp;URL de l&apos;overlay&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Show alerts in OBS&lt;/b&gt;&lt;ol&gt;&lt;li&gt;In OBS, add a source to your scene: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Browser&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the overlay URL into the &lt;b&gt;URL&lt;/b&gt; field.&lt;/li&gt;&lt;li&gt;Set &lt;b&gt;Width&lt;/b&gt; to 1920 and &lt;b&gt;Height&lt;/b&gt; to 1080, then click &lt;b&gt;OK&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;The overlay is transparent until a sale comes in. Keep the URL private: anyone with it can watch your alerts.</source>
        <translation>&lt;b&gt;Afficher les alertes dans OBS&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Dans OBS, ajoutez une source à votre scène&#xa0;: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Navigateur&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Collez l&apos;URL de l&apos;overlay dans le champ &lt;b&gt;URL&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Réglez &lt;b&gt;Largeur&lt;/b&gt; sur 1920 et &lt;b&gt;Hauteur&lt;/b&gt; sur 1080, puis cliquez sur &lt;b&gt;OK&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;L&apos;overlay reste transparent jusqu&apos;à l&apos;arrivée d&apos;une vente. Gardez l&apos;URL privée&#xa0;: toute personne qui l&apos;a peut voir vos alertes.</translation>
    </message>
    <message>
        <source>Stripe webhooks</source>
        <translation>Webhooks Stripe</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>Appears when the webhook receiver is running</source>
        <translation>Apparaît quand le récepteur de webhooks est en marche</translation>
    </message>
    <message>
        <source>&amp;Webhook URL (local):</source>
        <translation>URL du &amp;webhook (locale)&#xa0;:</translation>
    </message>
    <message>
        <source>The overlay server is not running, so OBS cannot show alerts. Restart Dewey; if this persists, choose another overlay port in Settings.</source>
        <translation>Le serveur de l&apos;overlay n&apos;est pas en marche, OBS ne peut donc pas afficher d&apos;alertes. Redémarrez Dewey&#xa0;; si le problème persiste, choisissez un autre port pour l&apos;overlay dans les Paramètres.</translation>
    </message>
    <message>
        <source>Running on port %1. No overlay is connected yet.</source>
        <translation>En marche sur le port %1. Aucun overlay n&apos;est encore connecté.</translation>
    </message>
    <message numerus="yes">
        <source>Running on port %1. Connected overlays: %n.</source>
        <translation>
            <numerusform>En marche sur le port %1. Overlays connectés&#xa0;: %n.</numerusform>
            <numerusform>En marche sur le port %1. Overlays connectés&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume alerts</source>
        <translation>Reprendre les alertes</translation>
    </message>
    <message>
        <source>Pause alerts</source>
        <translation>Mettre les alertes en pause</translation>
    </message>
    <message>
        <source>Show sale alerts on stream again</source>
        <translation>Afficher de nouveau les alertes de vente en live</translation>
    </message>
    <message>
        <source>Stop showing sale alerts on stream; sales are still recorded</source>
        <translation>Ne plus afficher les alertes de vente en live&#xa0;; les ventes restent enregistrées</translation>
    </message>
    <message>
        <source>Alert queue: empty.</source>
        <translation>File d&apos;alertes&#xa0;: vide.</translation>
    </message>
    <message numerus="yes">
        <source>Alert queue: %n waiting.</source>
        <translation>
            <numerusform>File d&apos;alertes&#xa0;: %n en attente.</numerusform>
            <numerusform>File d&apos;alertes&#xa0;: %n en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>They play when you resume alerts.</source>
        <translation>Elles s&apos;afficheront quand vous reprendrez les alertes.</translation>
    </message>
    <message>
        <source>They play when an overlay connects.</source>
        <translation>Elles s&apos;afficheront quand un overlay se connectera.</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>En &amp;direct</translation>
    </message>
    <message>
        <source>Sales &amp;history</source>
        <translation>&amp;Historique des ventes</translation>
    </message>
    <message>
        <source>&amp;Tiers</source>
        <translation>&amp;Paliers</translation>
    </message>
    <message>
        <source>Alert queue</source>
        <translation>File d&apos;alertes</translation>
    </message>
    <message>
        <source>S&amp;kip current</source>
        <translation>&amp;Passer l&apos;actuelle</translation>
    </message>
    <message>
        <source>Take the alert on screen off now</source>
        <translation>Retirer tout de suite l&apos;alerte affichée à l&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Clear waiting</source>
        <translation>&amp;Vider la file</translation>
    </message>
    <message>
        <source>Drop the waiting alerts; the sales stay in the history and can be replayed</source>
        <translation>Supprime les alertes en attente&#xa0;; les ventes restent dans l&apos;historique et peuvent être rejouées</translation>
    </message>
    <message>
        <source>Send &amp;test alert</source>
        <translation>Envoyer une alerte de &amp;test</translation>
    </message>
    <message>
        <source>Shows a made-up sale on the overlay, to check OBS shows it</source>
        <translation>Affiche une vente fictive sur l&apos;overlay, pour vérifier qu&apos;OBS l&apos;affiche</translation>
    </message>
    <message>
        <source>&amp;Regenerate URL…</source>
        <translation>&amp;Régénérer l&apos;URL…</translation>
    </message>
    <message>
        <source>Make a new secret overlay URL, e.g. after it was shown on stream</source>
        <translation>Crée une nouvelle URL secrète pour l&apos;overlay, par exemple si elle a été montrée en live</translation>
    </message>
    <message>
        <source>Stripe reaches this address through a tunnel (the Stripe CLI, cloudflared or ngrok), chosen in Settings → Stripe.</source>
        <translation>Stripe atteint cette adresse par un tunnel (Stripe CLI, cloudflared ou ngrok), choisi dans Paramètres → Stripe.</translation>
    </message>
    <message>
        <source>Now showing: %1</source>
        <translation>À l&apos;écran&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing on screen.</source>
        <translation>Rien à l&apos;écran.</translation>
    </message>
    <message>
        <source>Could not send a test alert: %1</source>
        <translation>Impossible d&apos;envoyer une alerte de test&#xa0;: %1</translation>
    </message>
    <message>
        <source>Test alert queued.</source>
        <translation>Alerte de test mise en file.</translation>
    </message>
    <message>
        <source>Could not clear the queue: %1</source>
        <translation>Impossible de vider la file&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting alerts cleared: %1. Replay any sale from the sales history.</source>
        <translation>Alertes en attente supprimées&#xa0;: %1. Vous pouvez rejouer n&apos;importe quelle vente depuis l&apos;historique des ventes.</translation>
    </message>
    <message>
        <source>Live alerts</source>
        <translation>Alertes en direct</translation>
    </message>
</context>
<context>
    <name>Dewey::AppearanceSection</name>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies after Dewey restarts.</source>
        <translation>Une nouvelle langue s&apos;applique après le redémarrage de Dewey.</translation>
    </message>
    <message>
        <source>Show alerts in an always-on-top window on this computer</source>
        <translation>Afficher les alertes dans une fenêtre toujours au premier plan sur cet ordinateur</translation>
    </message>
    <message>
        <source>Overlay window screen</source>
        <translation>Écran de la fenêtre d&apos;overlay</translation>
    </message>
    <message>
        <source>Main screen</source>
        <translation>Écran principal</translation>
    </message>
    <message>
        <source>Overlay window corner</source>
        <translation>Coin de la fenêtre d&apos;overlay</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>En haut à droite</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>En haut à gauche</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>En bas à droite</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>En bas à gauche</translation>
    </message>
    <message>
        <source>Overlay window &amp;screen:</source>
        <translation>É&amp;cran de la fenêtre d&apos;overlay&#xa0;:</translation>
    </message>
    <message>
        <source>Overlay window &amp;corner:</source>
        <translation>C&amp;oin de la fenêtre d&apos;overlay&#xa0;:</translation>
    </message>
    <message>
        <source>Overlay window:</source>
        <translation>Fenêtre d&apos;overlay&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non connecté)</translation>
    </message>
    <message>
        <source>Let clicks pass t&amp;hrough the overlay window</source>
        <translation>Laisser les clics &amp;traverser la fenêtre de l&apos;overlay</translation>
    </message>
    <message>
        <source>On: clicking where the alert is reaches the game below it</source>
        <translation>Activé : un clic sur l&apos;alerte atteint le jeu en dessous</translation>
    </message>
    <message>
        <source>The window never takes the keyboard from the game. Also in the tray menu.</source>
        <translation>La fenêtre ne prend jamais le clavier au jeu. Aussi dans le menu de la zone de notification.</translation>
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
        <translation>Changer la clé d&apos;API…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Dewey answers with OpenAI, or with any server that speaks the OpenAI API: Ollama (http://localhost:11434/v1), LM Studio (http://localhost:1234/v1), llama.cpp.</source>
        <translation>Dewey répond avec OpenAI ou avec tout serveur compatible avec l&apos;API OpenAI&#xa0;: Ollama (http://localhost:11434/v1), LM Studio (http://localhost:1234/v1), llama.cpp.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>Vide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server base URL</source>
        <translation>URL de base du serveur</translation>
    </message>
    <message>
        <source>With the version path, as the OpenAI SDKs write it; empty: %1</source>
        <translation>Avec le chemin de version, comme l&apos;écrivent les SDK OpenAI&#xa0;; vide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Base URL problem</source>
        <translation>Problème d&apos;URL de base</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Lower keeps answers close to your notes; higher words them more freely.</source>
        <translation>Plus basse, les réponses restent proches de vos notes&#xa0;; plus haute, elles sont formulées plus librement.</translation>
    </message>
    <message>
        <source>Change the OpenAI API key in Settings, Secrets</source>
        <translation>Changer la clé d&apos;API OpenAI dans Paramètres, Clés</translation>
    </message>
    <message>
        <source>Save the Dewey settings</source>
        <translation>Enregistrer les paramètres de Dewey</translation>
    </message>
    <message>
        <source>Test the connection to the server</source>
        <translation>Tester la connexion au serveur</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Température&#xa0;:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is set, so Dewey uses that server instead of this one.</source>
        <translation>%1 est défini, Dewey utilise donc ce serveur au lieu de celui-ci.</translation>
    </message>
    <message>
        <source>Set (kept with the other keys in Secrets).</source>
        <translation>Définie (conservée avec les autres clés dans Clés).</translation>
    </message>
    <message>
        <source>Not set. OpenAI needs one; most local servers do not.</source>
        <translation>Non définie. OpenAI en a besoin&#xa0;; la plupart des serveurs locaux, non.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>OK: %1 answered and offers the model %2.</source>
        <translation>OK&#xa0;: %1 a répondu et propose le modèle %2.</translation>
    </message>
    <message>
        <source>%1 answered, but it has no model named %2. It offers: %3.</source>
        <translation>%1 a répondu, mais n&apos;a aucun modèle nommé %2. Il propose&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 refused the API key. Check the key in Settings → Secrets.</source>
        <translation>%1 a refusé la clé d&apos;API. Vérifiez la clé dans Paramètres → Clés.</translation>
    </message>
    <message>
        <source>%1 needs an API key. Enter it in Settings → Secrets.</source>
        <translation>%1 a besoin d&apos;une clé d&apos;API. Saisissez-la dans Paramètres → Clés.</translation>
    </message>
    <message>
        <source>No server is reachable at %1. Is it running, and is the address right?</source>
        <translation>Aucun serveur n&apos;est joignable à %1. Est-il en marche, et l&apos;adresse est-elle correcte&#xa0;?</translation>
    </message>
    <message>
        <source>%1 has no model named %2.</source>
        <translation>%1 n&apos;a aucun modèle nommé %2.</translation>
    </message>
</context>
<context>
    <name>Dewey::CatchUp</name>
    <message>
        <source>Catch-up needs the Stripe secret key: add it in Settings → Secrets.</source>
        <translation>Le rattrapage a besoin de la clé secrète Stripe&#xa0;: ajoutez-la dans Paramètres → Clés.</translation>
    </message>
    <message>
        <source>Stripe&apos;s event list did not end after %1 pages; catch-up stopped.</source>
        <translation>La liste d&apos;événements de Stripe ne s&apos;est pas terminée après %1 pages&#xa0;; rattrapage arrêté.</translation>
    </message>
    <message>
        <source>Could not record event %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;événement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Dewey last caught up with Stripe on %1. Stripe keeps events for %2 days, so sales from %1 to %3 may be missing here: check them in your Stripe dashboard.</source>
        <translation>Dewey s&apos;est synchronisé avec Stripe pour la dernière fois le %1. Stripe conserve les événements %2 jours, des ventes du %1 au %3 peuvent donc manquer ici&#xa0;: vérifiez-les dans votre tableau de bord Stripe.</translation>
    </message>
    <message>
        <source>Catching up with Stripe…</source>
        <translation>Rattrapage avec Stripe…</translation>
    </message>
    <message>
        <source>Not caught up yet.</source>
        <translation>Pas encore de rattrapage.</translation>
    </message>
    <message>
        <source>Catch-up at %1 failed: %2</source>
        <translation>Le rattrapage de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Caught up at %1: no missed sales.</source>
        <translation>À jour à %1&#xa0;: aucune vente manquée.</translation>
    </message>
    <message numerus="yes">
        <source>Caught up at %1: %n missed sale(s) recorded.</source>
        <translation>
            <numerusform>À jour à %1&#xa0;: %n vente manquée enregistrée.</numerusform>
            <numerusform>À jour à %1&#xa0;: %n ventes manquées enregistrées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::ChatErrorBanner</name>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les Paramètres</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Problem with the last answer</source>
        <translation>Problème avec la dernière réponse</translation>
    </message>
    <message>
        <source>Open Settings to fix the OpenAI connection</source>
        <translation>Ouvrir les Paramètres pour réparer la connexion à OpenAI</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Redemander</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Ignorer ce message</translation>
    </message>
    <message>
        <source>Dewey could not reach the OpenAI server: the network seems to be down. Your message is saved; press Retry when you are back online.</source>
        <translation>Dewey n&apos;a pas pu joindre le serveur OpenAI&#xa0;: le réseau semble coupé. Votre message est enregistré&#xa0;; appuyez sur Réessayer une fois de nouveau en ligne.</translation>
    </message>
    <message>
        <source>OpenAI is limiting how fast Dewey may ask right now. Your message is saved; press Retry in a moment.</source>
        <translation>OpenAI limite en ce moment la fréquence des demandes de Dewey. Votre message est enregistré&#xa0;; appuyez sur Réessayer dans un instant.</translation>
    </message>
    <message>
        <source>The OpenAI server had a problem answering. Your message is saved; press Retry.</source>
        <translation>Le serveur OpenAI a rencontré un problème en répondant. Votre message est enregistré&#xa0;; appuyez sur Réessayer.</translation>
    </message>
    <message>
        <source>Dewey could not answer.</source>
        <translation>Dewey n&apos;a pas pu répondre.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your OpenAI API key was refused — check it in Settings → Secrets.</source>
        <translation>Votre clé d&apos;API OpenAI a été refusée — vérifiez-la dans Paramètres → Clés.</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatInput</name>
    <message>
        <source>Message to Dewey</source>
        <translation>Message à Dewey</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops the answer.</source>
        <translation>Entrée envoie, Maj+Entrée commence une nouvelle ligne, Échap arrête la réponse.</translation>
    </message>
    <message>
        <source>Tell Dewey something to remember, or ask about your notes…</source>
        <translation>Confiez quelque chose à retenir à Dewey, ou posez une question sur vos notes…</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatMessageView</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>Dewey&apos;s answer</source>
        <translation>Réponse de Dewey</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatSession</name>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>Cette conversation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Type a note or a question first.</source>
        <translation>Saisissez d&apos;abord une note ou une question.</translation>
    </message>
    <message>
        <source>Dewey is still answering. Wait for the answer, or press Stop.</source>
        <translation>Dewey est encore en train de répondre. Attendez la réponse ou appuyez sur Arrêter.</translation>
    </message>
    <message>
        <source>Dewey is still answering.</source>
        <translation>Dewey est encore en train de répondre.</translation>
    </message>
    <message>
        <source>There is no message waiting for an answer.</source>
        <translation>Aucun message n&apos;attend de réponse.</translation>
    </message>
    <message>
        <source>The model sent an empty answer. Try again, or choose another model in Settings.</source>
        <translation>Le modèle a envoyé une réponse vide. Réessayez ou choisissez un autre modèle dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatView</name>
    <message>
        <source>Conversation with Dewey</source>
        <translation>Conversation avec Dewey</translation>
    </message>
</context>
<context>
    <name>Dewey::CitationChips</name>
    <message>
        <source>Notes this answer cites</source>
        <translation>Notes citées par cette réponse</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Open note %1</source>
        <translation>Ouvrir la note %1</translation>
    </message>
</context>
<context>
    <name>Dewey::CloudflaredTunnel</name>
    <message>
        <source>Cloudflare did not hand out a quick tunnel (it limits how often one can be made); Dewey tries again shortly.</source>
        <translation>Cloudflare n&apos;a pas fourni de tunnel rapide (il limite la fréquence de création)&#xa0;; Dewey réessaie bientôt.</translation>
    </message>
</context>
<context>
    <name>Dewey::ControlServer</name>
    <message>
        <source>Could not write the control token in %1: %2</source>
        <translation>Impossible d&apos;écrire le jeton de contrôle dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not open the control channel %1: %2</source>
        <translation>Impossible d&apos;ouvrir le canal de contrôle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Request too large.</source>
        <translation>Requête trop volumineuse.</translation>
    </message>
    <message>
        <source>Malformed request: %1</source>
        <translation>Requête mal formée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrong control token.</source>
        <translation>Jeton de contrôle incorrect.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Dewey::ConversationRepository</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Dewey could not start a conversation in its database: %1</source>
        <translation>Dewey n&apos;a pas pu démarrer une conversation dans sa base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>A conversation needs a name.</source>
        <translation>Une conversation a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>Dewey could not rename the conversation: %1</source>
        <translation>Dewey n&apos;a pas pu renommer la conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>La conversation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Dewey could not delete the conversation: %1</source>
        <translation>Dewey n&apos;a pas pu supprimer la conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dewey could not save the message in its database: %1</source>
        <translation>Dewey n&apos;a pas pu enregistrer le message dans sa base de données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::ConversationSidebar</name>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation>Conversations précédentes</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Commencer une nouvelle conversation</translation>
    </message>
    <message>
        <source>Rename the selected conversation</source>
        <translation>Renommer la conversation sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation>Supprimer la conversation sélectionnée</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n message(s)? The notes Dewey saved stay.</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et son %n message&#xa0;? Les notes enregistrées par Dewey sont conservées.</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et ses %n messages&#xa0;? Les notes enregistrées par Dewey sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last message %1</source>
        <translation>Dernier message %1</translation>
    </message>
</context>
<context>
    <name>Dewey::CopyableField</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copier %1 dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Dewey::CustomCommandTunnel</name>
    <message>
        <source>Custom tunnel</source>
        <translation>Tunnel personnalisé</translation>
    </message>
    <message>
        <source>Enter the tunnel command in Settings → Stripe, with {port} where the webhook port goes.</source>
        <translation>Saisissez la commande du tunnel dans Paramètres → Stripe, avec {port} à la place du port du webhook.</translation>
    </message>
    <message>
        <source>The tunnel command &quot;%1&quot; could not be read (check its quotes).</source>
        <translation>Impossible de lire la commande du tunnel «&#xa0;%1&#xa0;» (vérifiez ses guillemets).</translation>
    </message>
    <message>
        <source>The URL pattern in Settings → Stripe is not a valid regular expression: %1</source>
        <translation>Le modèle d&apos;URL dans Paramètres → Stripe n&apos;est pas une expression régulière valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::DeweyPage</name>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les Paramètres</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Dewey, your notes assistant</source>
        <translation>Dewey, votre assistant de notes</translation>
    </message>
    <message>
        <source>Tell Dewey small facts as they come up — a friend&apos;s unit number, the Airbnb lock code, a sponsor&apos;s discount code — and later ask for them in plain words. Dewey answers from your notes, shows which ones, and says so when it does not know.</source>
        <translation>Confiez à Dewey les petits détails au fil de l&apos;eau — le numéro d&apos;appartement d&apos;un ami, le code de la serrure de l&apos;Airbnb, le code promo d&apos;un sponsor — puis redemandez-les avec vos propres mots. Dewey répond à partir de vos notes, montre lesquelles il a utilisées et le dit quand il ne sait pas.</translation>
    </message>
    <message>
        <source>Open Settings to enter the OpenAI API key</source>
        <translation>Ouvrez les Paramètres pour saisir la clé d&apos;API OpenAI</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Envoyer (Entrée)</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Stop (Esc); the part of the answer that arrived is kept</source>
        <translation>Arrêter (Échap)&#xa0;; la partie de la réponse déjà reçue est conservée</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3)…</source>
        <translation>%1 Nouvel essai dans %2 s (tentative %3)…</translation>
    </message>
    <message>
        <source>Forget a note</source>
        <translation>Oublier une note</translation>
    </message>
    <message>
        <source>Dewey wants to delete note %1:

%2</source>
        <translation>Dewey veut supprimer la note %1&#xa0;:

%2</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Stopped — this is the part of the answer that arrived.</source>
        <translation>Arrêté — voici la partie de la réponse qui est arrivée.</translation>
    </message>
    <message>
        <source>Interrupted — the answer did not arrive completely.</source>
        <translation>Interrompu — la réponse n&apos;est pas arrivée en entier.</translation>
    </message>
    <message>
        <source>Looking through your notes…</source>
        <translation>Recherche dans vos notes…</translation>
    </message>
    <message>
        <source>There is no message waiting for an answer.</source>
        <translation>Aucun message n&apos;attend de réponse.</translation>
    </message>
    <message>
        <source>The last message has no answer yet.</source>
        <translation>Le dernier message n&apos;a pas encore de réponse.</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Cette note n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistrée %1</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>modifiée %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Your OpenAI API key is set. Tell Dewey something to remember, or ask about your notes.</source>
        <translation>Votre clé d&apos;API OpenAI est définie. Confiez quelque chose à retenir à Dewey, ou posez une question sur vos notes.</translation>
    </message>
    <message>
        <source>Dewey talks to the server set in Settings. Tell Dewey something to remember, or ask about your notes.</source>
        <translation>Dewey communique avec le serveur défini dans les Paramètres. Confiez quelque chose à retenir à Dewey, ou posez une question sur vos notes.</translation>
    </message>
    <message>
        <source>Dewey needs an OpenAI API key to answer (or a server that speaks the OpenAI API). Add it in Settings.</source>
        <translation>Dewey a besoin d&apos;une clé d&apos;API OpenAI pour répondre (ou d&apos;un serveur compatible avec l&apos;API OpenAI). Ajoutez-la dans les Paramètres.</translation>
    </message>
    <message>
        <source>Conversations and notes</source>
        <translation>Conversations et notes</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Dewey::EmbeddingIndexer</name>
    <message>
        <source>Cannot store note vectors: %1</source>
        <translation>Impossible d&apos;enregistrer les vecteurs des notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The embedding server returned vectors Dewey could not store.</source>
        <translation>Le serveur d&apos;embeddings a renvoyé des vecteurs que Dewey n&apos;a pas pu enregistrer.</translation>
    </message>
</context>
<context>
    <name>Dewey::EmbeddingReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>Dewey::EndpointRegistrar</name>
    <message>
        <source>Dewey sale alerts on %1</source>
        <translation>Alertes de vente Dewey sur %1</translation>
    </message>
    <message>
        <source>There is no public address to register yet: choose a tunnel in Settings → Stripe and wait until it is connected.</source>
        <translation>Il n&apos;y a pas encore d&apos;adresse publique à enregistrer&#xa0;: choisissez un tunnel dans Paramètres → Stripe et attendez qu&apos;il soit connecté.</translation>
    </message>
    <message>
        <source>Connecting needs the Stripe secret key: add it in Settings → Secrets.</source>
        <translation>La connexion a besoin de la clé secrète Stripe&#xa0;: ajoutez-la dans Paramètres → Clés.</translation>
    </message>
    <message>
        <source>Dewey had no webhook endpoint in this Stripe account.</source>
        <translation>Dewey n&apos;avait aucun endpoint de webhook dans ce compte Stripe.</translation>
    </message>
    <message>
        <source>Removed Dewey&apos;s webhook endpoint from Stripe.</source>
        <translation>L&apos;endpoint de webhook de Dewey a été supprimé de Stripe.</translation>
    </message>
    <message>
        <source>Stripe sends sales to %1.</source>
        <translation>Stripe envoie les ventes à %1.</translation>
    </message>
    <message>
        <source>Stripe allows 16 webhook endpoints per account, and all are in use. Remove old ones in the Stripe dashboard (Developers → Webhooks), then connect again.</source>
        <translation>Stripe autorise 16 endpoints de webhook par compte, et tous sont utilisés. Supprimez les anciens dans le tableau de bord Stripe (Développeurs → Webhooks), puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Connected: Stripe sends sales to %1.</source>
        <translation>Connecté&#xa0;: Stripe envoie les ventes à %1.</translation>
    </message>
    <message>
        <source>Updated: Stripe sends sales to %1.</source>
        <translation>Mis à jour&#xa0;: Stripe envoie les ventes à %1.</translation>
    </message>
</context>
<context>
    <name>Dewey::FixedUrlTunnel</name>
    <message>
        <source>Your own address</source>
        <translation>Votre propre adresse</translation>
    </message>
    <message>
        <source>Enter your public address in Settings → Stripe (for example https://alerts.example.com).</source>
        <translation>Saisissez votre adresse publique dans Paramètres → Stripe (par exemple https://alerts.example.com).</translation>
    </message>
    <message>
        <source>Using %1; it must forward to 127.0.0.1:%2.</source>
        <translation>Utilisation de %1&#xa0;; elle doit rediriger vers 127.0.0.1:%2.</translation>
    </message>
</context>
<context>
    <name>Dewey::GeneralSection</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Start Dewey when I &amp;log in</source>
        <translation>Lancer Dewey à l&apos;ouverture de &amp;session</translation>
    </message>
    <message>
        <source>Start in the &amp;tray, without the window</source>
        <translation>Démarrer dans la zone de &amp;notification, sans la fenêtre</translation>
    </message>
    <message>
        <source>Notify me of &amp;sales while the window is hidden</source>
        <translation>M&apos;a&amp;vertir des ventes quand la fenêtre est masquée</translation>
    </message>
    <message>
        <source>Start Dewey when I log in</source>
        <translation>Lancer Dewey à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Start in the tray</source>
        <translation>Démarrer dans la zone de notification</translation>
    </message>
    <message>
        <source>Sale notifications</source>
        <translation>Notifications de vente</translation>
    </message>
    <message>
        <source>Desktop notifications can show up in a screen capture.</source>
        <translation>Les notifications du bureau peuvent apparaître dans une capture d&apos;écran.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancement à l&apos;ouverture de session</translation>
    </message>
</context>
<context>
    <name>Dewey::HttpListener</name>
    <message>
        <source>Port %1 on %2 is already in use by another program (or another copy of Dewey). Close that program or choose another port.</source>
        <translation>Le port %1 sur %2 est déjà utilisé par un autre programme (ou une autre copie de Dewey). Fermez ce programme ou choisissez un autre port.</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not start the HTTP server on %1 port %2.</source>
        <translation>Impossible de démarrer le serveur HTTP sur %1 port %2.</translation>
    </message>
</context>
<context>
    <name>Dewey::KeychainSecretBackend</name>
    <message>
        <source>The system keychain answered: %1</source>
        <translation>Le trousseau du système a répondu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::KeyringBanner</name>
    <message>
        <source>Keep for this session only</source>
        <translation>Conserver pour cette session uniquement</translation>
    </message>
    <message>
        <source>Store in a file in the data folder (readable by anyone with access to your account)</source>
        <translation>Enregistrer dans un fichier du dossier de données (lisible par toute personne ayant accès à votre compte)</translation>
    </message>
    <message>
        <source>No system keyring</source>
        <translation>Aucun trousseau système</translation>
    </message>
    <message>
        <source>Nothing is written to disk. You paste your keys again after restarting Dewey. Dewey uses the system keyring as soon as one is available.</source>
        <translation>Rien n&apos;est écrit sur le disque. Vous recollerez vos clés après le redémarrage de Dewey. Dewey utilisera le trousseau du système dès qu&apos;il y en aura un.</translation>
    </message>
    <message>
        <source>Keys are written unencrypted to a file only your user account can open.</source>
        <translation>Les clés sont écrites en clair dans un fichier que seul votre compte utilisateur peut ouvrir.</translation>
    </message>
    <message>
        <source>Store secrets in a file?</source>
        <translation>Enregistrer les secrets dans un fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Your API keys will be written, unencrypted, to secrets.json in the data folder. Anyone who can open files of your user account (or a backup of them) can read them. Keep them for this session only if you are unsure.</source>
        <translation>Vos clés d&apos;API seront écrites, en clair, dans secrets.json dans le dossier de données. Toute personne pouvant ouvrir les fichiers de votre compte utilisateur (ou une sauvegarde de ceux-ci) pourra les lire. Dans le doute, conservez-les pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Store in a file</source>
        <translation>Enregistrer dans un fichier</translation>
    </message>
    <message>
        <source>No system keyring was found, so secrets are stored in a file in the data folder.</source>
        <translation>Aucun trousseau système n&apos;a été trouvé, les secrets sont donc enregistrés dans un fichier du dossier de données.</translation>
    </message>
    <message>
        <source>No system keyring was found, so secrets are kept for this session only.</source>
        <translation>Aucun trousseau système n&apos;a été trouvé, les secrets sont donc conservés pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Could not change where secrets are kept: %1</source>
        <translation>Impossible de changer l&apos;endroit où les secrets sont conservés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::LiveAlertPreview</name>
    <message>
        <source>Alert preview</source>
        <translation>Aperçu de l&apos;alerte</translation>
    </message>
    <message>
        <source>preview in the Alerts area</source>
        <translation>aperçu dans la zone Alertes</translation>
    </message>
    <message>
        <source>Live preview — on screen now, as your viewers see it:</source>
        <translation>Aperçu en direct — à l&apos;écran maintenant, comme vos spectateurs le voient :</translation>
    </message>
    <message>
        <source>Live preview — alerts are paused. Up next when you resume:</source>
        <translation>Aperçu en direct — les alertes sont en pause. La suivante, quand vous reprendrez :</translation>
    </message>
    <message>
        <source>Live preview — alerts appear here as your viewers see them. Up next:</source>
        <translation>Aperçu en direct — les alertes apparaissent ici comme vos spectateurs les voient. La suivante :</translation>
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
        <translation>Zones</translation>
    </message>
    <message>
        <source>Chat with Dewey about your notes (Ctrl+1)</source>
        <translation>Discuter avec Dewey de vos notes (Ctrl+1)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Overlay for OBS, webhooks and recent sales (Ctrl+2)</source>
        <translation>Overlay pour OBS, webhooks et ventes récentes (Ctrl+2)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Appearance, servers and secrets (Ctrl+3)</source>
        <translation>Apparence, serveurs et clés (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit Dewey</source>
        <translation>&amp;Quitter Dewey</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Dewey</source>
        <translation>&amp;Dewey</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Setup guide…</source>
        <translation>&amp;Guide de configuration…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le dossier de &amp;données</translation>
    </message>
    <message>
        <source>&amp;About Dewey</source>
        <translation>À &amp;propos de Dewey</translation>
    </message>
    <message>
        <source>Dewey is still running</source>
        <translation>Dewey tourne toujours</translation>
    </message>
    <message>
        <source>Dewey keeps showing sale alerts while its window is closed. Open it again from the tray icon; quit from the tray menu.</source>
        <translation>Dewey continue d&apos;afficher les alertes de vente quand sa fenêtre est fermée. Rouvrez-la depuis l&apos;icône de la zone de notification&#xa0;; quittez depuis son menu.</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>Alerte de test</translation>
    </message>
    <message>
        <source>Dewey could not queue the test alert: %1</source>
        <translation>Dewey n&apos;a pas pu mettre l&apos;alerte de test en file&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Dewey could not open a file manager. The data folder is:
%1</source>
        <translation>Dewey n&apos;a pas pu ouvrir de gestionnaire de fichiers. Le dossier de données est&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>Dewey::NgrokTunnel</name>
    <message>
        <source>ngrok needs your account&apos;s authtoken. Sign up at ngrok.com, then run &quot;ngrok config add-authtoken &lt;your token&gt;&quot; once in a terminal.</source>
        <translation>ngrok a besoin de l&apos;authtoken de votre compte. Inscrivez-vous sur ngrok.com, puis lancez une fois &quot;ngrok config add-authtoken &lt;votre jeton&gt;&quot; dans un terminal.</translation>
    </message>
    <message>
        <source>ngrok is already running somewhere else with your account, and free accounts allow only one. Close the other ngrok, then restart the tunnel.</source>
        <translation>ngrok tourne déjà ailleurs avec votre compte, et les comptes gratuits n&apos;en autorisent qu&apos;un. Fermez l&apos;autre ngrok, puis redémarrez le tunnel.</translation>
    </message>
    <message>
        <source>ngrok&apos;s agent API at %1 lists %2</source>
        <translation>L&apos;API de l&apos;agent ngrok sur %1 indique %2</translation>
    </message>
</context>
<context>
    <name>Dewey::NoteRetriever</name>
    <message>
        <source>Finding notes by their words only: %1</source>
        <translation>Recherche des notes par leurs mots uniquement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Finding notes by their words only for now: %1 Dewey will try again.</source>
        <translation>Recherche des notes par leurs mots uniquement pour l&apos;instant&#xa0;: %1 Dewey réessaiera.</translation>
    </message>
    <message>
        <source>Finding notes by their words only: no note has been indexed by meaning yet.</source>
        <translation>Recherche des notes par leurs mots uniquement&#xa0;: aucune note n&apos;est encore indexée par sens.</translation>
    </message>
    <message>
        <source>Finding notes by words and meaning.</source>
        <translation>Recherche des notes par mots et par sens.</translation>
    </message>
    <message>
        <source>Finding notes by meaning took too long, so these were found by their words only.</source>
        <translation>La recherche par sens a pris trop de temps, ces notes ont donc été trouvées par leurs mots uniquement.</translation>
    </message>
    <message>
        <source>These notes were found by their words only: %1</source>
        <translation>Ces notes ont été trouvées par leurs mots uniquement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Finding notes by words and meaning (%1 of %n note(s) ready).</source>
        <translation>
            <numerusform>Recherche des notes par mots et par sens (%1 sur %n note prête).</numerusform>
            <numerusform>Recherche des notes par mots et par sens (%1 sur %n notes prêtes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::NotesListModel</name>
    <message>
        <source>Saved %1</source>
        <translation>Enregistrée %1</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>modifiée %1</translation>
    </message>
</context>
<context>
    <name>Dewey::NotesPanel</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Note supprimée</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation>Notes, des plus récentes aux plus anciennes</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Text of a new note</source>
        <translation>Texte d&apos;une nouvelle note</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>Modifier la note sélectionnée</translation>
    </message>
    <message>
        <source>Edit the selected note (F2 or double-click)</source>
        <translation>Modifier la note sélectionnée (F2 ou double-clic)</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Supprimer la note sélectionnée</translation>
    </message>
    <message>
        <source>Import notes from a Markdown or JSON Lines file</source>
        <translation>Importer des notes depuis un fichier Markdown ou JSON Lines</translation>
    </message>
    <message>
        <source>Export all notes to a Markdown or JSON Lines file</source>
        <translation>Exporter toutes les notes vers un fichier Markdown ou JSON Lines</translation>
    </message>
    <message>
        <source>Undo deleting the note</source>
        <translation>Annuler la suppression de la note</translation>
    </message>
    <message>
        <source>Notes status</source>
        <translation>État des notes</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note enregistrée.</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <source>Notes (*.jsonl *.ndjson *.json *.md *.markdown *.txt);;All files (*)</source>
        <translation>Notes (*.jsonl *.ndjson *.json *.md *.markdown *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Dewey reads .jsonl and .md files; %1 is neither.</source>
        <translation>Dewey lit les fichiers .jsonl et .md&#xa0;; %1 n&apos;est ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s)</source>
        <translation>
            <numerusform>%n note importée</numerusform>
            <numerusform>%n notes importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n doublon ignoré</numerusform>
            <numerusform>, %n doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n entry(ies) not readable</source>
        <translation>
            <numerusform>, %n entrée illisible</numerusform>
            <numerusform>, %n entrées illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;Markdown (*.md)</source>
        <translation>JSON Lines (*.jsonl);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Choose a name ending in .jsonl or .md.</source>
        <translation>Choisissez un nom qui se termine par .jsonl ou .md.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>%n note exportée vers %1.</numerusform>
            <numerusform>%n notes exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::NotesRepository</name>
    <message>
        <source>The notes database is not open.</source>
        <translation>La base de données des notes n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Une note ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A note can be at most %1 characters long.</source>
        <translation>Une note peut contenir au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la note&#xa0;: %1</translation>
    </message>
    <message>
        <source>The note could not be changed: %1</source>
        <translation>Impossible de modifier la note&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation>La note %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A note cannot be empty; delete it instead.</source>
        <translation>Une note ne peut pas être vide&#xa0;; supprimez-la plutôt.</translation>
    </message>
    <message>
        <source>There is no deleted note %1 to restore.</source>
        <translation>Il n&apos;y a pas de note supprimée %1 à restaurer.</translation>
    </message>
    <message>
        <source>Undo adding the note</source>
        <translation>Annuler l&apos;ajout de la note</translation>
    </message>
    <message>
        <source>Undo the edit</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Undo deleting the note</source>
        <translation>Annuler la suppression de la note</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>The note that was edited no longer exists.</source>
        <translation>La note modifiée n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The notes could not be imported: %1</source>
        <translation>Impossible d&apos;importer les notes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::OpenAiEmbedder</name>
    <message>
        <source>The OpenAI base URL &quot;%1&quot; is not a valid address.</source>
        <translation>L&apos;URL de base OpenAI «&#xa0;%1&#xa0;» n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>No OpenAI API key is set, so notes are found by their words only. Add a key in Settings to also find notes by meaning.</source>
        <translation>Aucune clé d&apos;API OpenAI n&apos;est définie, les notes sont donc trouvées par leurs mots uniquement. Ajoutez une clé dans les Paramètres pour les trouver aussi par leur sens.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 n&apos;a pas répondu en %2 secondes.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 refused the OpenAI API key (HTTP %2). Check the key in Settings.</source>
        <translation>%1 a refusé la clé d&apos;API OpenAI (HTTP %2). Vérifiez la clé dans les Paramètres.</translation>
    </message>
    <message>
        <source>%1 is limiting requests: %2</source>
        <translation>%1 limite les requêtes&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 a répondu HTTP %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 sent embeddings Dewey cannot use: %2</source>
        <translation>%1 a envoyé des embeddings que Dewey ne peut pas utiliser&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 vectors for %2 texts</source>
        <translation>%1 vecteurs pour %2 textes</translation>
    </message>
    <message>
        <source>the vector positions do not match the texts</source>
        <translation>les positions des vecteurs ne correspondent pas aux textes</translation>
    </message>
    <message>
        <source>vectors of %1 numbers instead of %2; set the embedding size to %1, or choose a model that supports %2</source>
        <translation>vecteurs de %1 nombres au lieu de %2&#xa0;; réglez la taille d&apos;embedding sur %1 ou choisissez un modèle qui prend en charge %2</translation>
    </message>
    <message>
        <source>a vector of zeros</source>
        <translation>un vecteur de zéros</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayLanMode</name>
    <message>
        <source>Second-PC mode found no local network address on this PC. Enter one in Settings.</source>
        <translation>Le mode second PC n&apos;a trouvé aucune adresse réseau locale sur ce PC. Saisissez-en une dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayServer</name>
    <message>
        <source>Port %1 on %2 is already in use by another program (or another copy of Dewey). Close that program or choose another port.</source>
        <translation>Le port %1 sur %2 est déjà utilisé par un autre programme (ou une autre copie de Dewey). Fermez ce programme ou choisissez un autre port.</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not start the HTTP server on %1 port %2.</source>
        <translation>Impossible de démarrer le serveur HTTP sur %1 port %2.</translation>
    </message>
    <message>
        <source>The overlay server is not running.</source>
        <translation>Le serveur de l&apos;overlay n&apos;est pas en marche.</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayWindow</name>
    <message>
        <source>Dewey overlay</source>
        <translation>Overlay Dewey</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayWindowController</name>
    <message>
        <source>native overlay window</source>
        <translation>fenêtre native de l&apos;overlay</translation>
    </message>
</context>
<context>
    <name>Dewey::ProcessTunnel</name>
    <message>
        <source>%1 did not report that it was ready within %2 seconds.</source>
        <translation>%1 n&apos;a pas signalé être prêt en %2 secondes.</translation>
    </message>
    <message>
        <source>%1 did not stop when asked; ending it.</source>
        <translation>%1 ne s&apos;est pas arrêté sur demande&#xa0;; arrêt forcé.</translation>
    </message>
    <message>
        <source>%1 was not found. Install it (see &quot;Stripe setup&quot; in the README), or choose where the program is in Settings → Stripe.</source>
        <translation>%1 est introuvable. Installez-le (voir «&#xa0;Stripe setup&#xa0;» dans le README) ou indiquez où se trouve le programme dans Paramètres → Stripe.</translation>
    </message>
    <message>
        <source>The program chosen for %1 in Settings → Stripe (%2) is not there or cannot be run.</source>
        <translation>Le programme choisi pour %1 dans Paramètres → Stripe (%2) est absent ou ne peut pas être lancé.</translation>
    </message>
    <message>
        <source>Starting %1: %2 %3</source>
        <translation>Démarrage de %1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>Stopping %1.</source>
        <translation>Arrêt de %1.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 a planté.</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly (exit code %2).</source>
        <translation>%1 s&apos;est arrêté de façon inattendue (code de sortie %2).</translation>
    </message>
    <message>
        <source>%1 ended before it was ready (exit code %2).</source>
        <translation>%1 s&apos;est terminé avant d&apos;être prêt (code de sortie %2).</translation>
    </message>
    <message>
        <source>Its last line: %1</source>
        <translation>Sa dernière ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>Impossible de démarrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Dewey::SaleNotifier</name>
    <message>
        <source>New sale: %1</source>
        <translation>Nouvelle vente&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 bought from your store.</source>
        <translation>%1 a acheté dans votre boutique.</translation>
    </message>
    <message>
        <source>%1 bought %2.</source>
        <translation>%1 a acheté %2.</translation>
    </message>
</context>
<context>
    <name>Dewey::SalesHistoryModel</name>
    <message>
        <source>Not alerted</source>
        <translation>Pas d&apos;alerte</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Alerted</source>
        <translation>Alerte affichée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>(items unknown)</source>
        <translation>(articles inconnus)</translation>
    </message>
    <message>
        <source>%1, refunded</source>
        <translation>%1, remboursée</translation>
    </message>
    <message>
        <source>%1, disputed</source>
        <translation>%1, contestée</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>A test-mode purchase: no real money was paid</source>
        <translation>Un achat en mode test&#xa0;: aucun argent réel n&apos;a été payé</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
</context>
<context>
    <name>Dewey::SalesHistoryPanel</name>
    <message>
        <source>Show sales from</source>
        <translation>Afficher les ventes de</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This stream session</source>
        <translation>Ce live</translation>
    </message>
    <message>
        <source>All sales</source>
        <translation>Toutes les ventes</translation>
    </message>
    <message>
        <source>Start new session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>Start counting this stream&apos;s totals from now</source>
        <translation>Compter les totaux de ce live à partir de maintenant</translation>
    </message>
    <message>
        <source>Sales history</source>
        <translation>Historique des ventes</translation>
    </message>
    <message>
        <source>No sales in this period. When someone buys from your store, the sale appears here and as an alert on stream.</source>
        <translation>Aucune vente sur cette période. Quand quelqu&apos;un achète dans votre boutique, la vente apparaît ici et en alerte en live.</translation>
    </message>
    <message>
        <source>&amp;Replay alert</source>
        <translation>&amp;Rejouer l&apos;alerte</translation>
    </message>
    <message>
        <source>Show the selected sale&apos;s alert on stream again</source>
        <translation>Afficher de nouveau en live l&apos;alerte de la vente sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save the sales shown as a spreadsheet file</source>
        <translation>Enregistre les ventes affichées dans un fichier tableur</translation>
    </message>
    <message>
        <source>New stream session started.</source>
        <translation>Nouvelle session de live commencée.</translation>
    </message>
    <message>
        <source>Select a sale to replay its alert.</source>
        <translation>Sélectionnez une vente pour rejouer son alerte.</translation>
    </message>
    <message>
        <source>Could not replay the alert: %1</source>
        <translation>Impossible de rejouer l&apos;alerte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Alert for %1 queued again.</source>
        <translation>Alerte pour %1 remise en file.</translation>
    </message>
    <message>
        <source>Totals unavailable: %1</source>
        <translation>Totaux indisponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>dewey-sales-%1.csv</source>
        <translation>dewey-ventes-%1.csv</translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation>Exporter les ventes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1 (sales: %2).</source>
        <translation>Exporté vers %1 (ventes&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation>Ventes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::SalesLedger</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The sales ledger could not be written: %1</source>
        <translation>Impossible d&apos;écrire le registre des ventes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::SecretField</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation>Afficher ce que vous avez saisi</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
    </message>
    <message>
        <source>Forget the stored %1</source>
        <translation>Oublier la valeur enregistrée de %1</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>État de %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Clear %1?</source>
        <translation>Effacer %1&#xa0;?</translation>
    </message>
    <message>
        <source>Dewey will forget the %1. You can paste it again at any time.</source>
        <translation>Dewey va oublier «&#xa0;%1&#xa0;». Vous pourrez le recoller à tout moment.</translation>
    </message>
    <message>
        <source>Set by environment variable %1</source>
        <translation>Défini par la variable d&apos;environnement %1</translation>
    </message>
    <message>
        <source>Set by environment variable %1. Change it there; it is not stored by Dewey.</source>
        <translation>Défini par la variable d&apos;environnement %1. Modifiez-le là-bas&#xa0;; Dewey ne l&apos;enregistre pas.</translation>
    </message>
    <message>
        <source>Saved. Paste a new one to replace it</source>
        <translation>Enregistré. Collez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation>Collez-le ici</translation>
    </message>
    <message>
        <source>Reading stored secrets…</source>
        <translation>Lecture des secrets enregistrés…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Impossible d&apos;enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Set. Stored in your system keyring.</source>
        <translation>Défini. Enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Not set. What you save here is stored in your system keyring.</source>
        <translation>Non défini. Ce que vous enregistrez ici va dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Set for this session only: Dewey forgets it when it quits.</source>
        <translation>Défini pour cette session uniquement&#xa0;: Dewey l&apos;oublie en quittant.</translation>
    </message>
    <message>
        <source>Not set. What you save here is kept for this session only.</source>
        <translation>Non défini. Ce que vous enregistrez ici est conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Set. Stored in a file in the data folder.</source>
        <translation>Défini. Enregistré dans un fichier du dossier de données.</translation>
    </message>
    <message>
        <source>Not set. What you save here is stored in a file in the data folder.</source>
        <translation>Non défini. Ce que vous enregistrez ici va dans un fichier du dossier de données.</translation>
    </message>
</context>
<context>
    <name>Dewey::SecretId</name>
    <message>
        <source>OpenAI API key</source>
        <translation>Clé d&apos;API OpenAI</translation>
    </message>
    <message>
        <source>Stripe secret key</source>
        <translation>Clé secrète Stripe</translation>
    </message>
    <message>
        <source>Stripe webhook signing secret</source>
        <translation>Secret de signature des webhooks Stripe</translation>
    </message>
    <message>
        <source>Previous Stripe webhook signing secret</source>
        <translation>Ancien secret de signature des webhooks Stripe</translation>
    </message>
</context>
<context>
    <name>Dewey::SecretStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le trousseau du système n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>Le trousseau du système n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::SecretsSection</name>
    <message>
        <source>Secrets</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Dewey keeps these keys on this computer and sends them only to the service they belong to. The Stripe keys come from the Developers section of your Stripe dashboard.</source>
        <translation>Dewey garde ces clés sur cet ordinateur et ne les envoie qu&apos;au service auquel elles appartiennent. Les clés Stripe se trouvent dans la section Développeurs de votre tableau de bord Stripe.</translation>
    </message>
</context>
<context>
    <name>Dewey::ServersSection</name>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Overlay port</source>
        <translation>Port de l&apos;overlay</translation>
    </message>
    <message>
        <source>Webhook port</source>
        <translation>Port du webhook</translation>
    </message>
    <message>
        <source>&amp;Regenerate overlay URL…</source>
        <translation>&amp;Régénérer l&apos;URL de l&apos;overlay…</translation>
    </message>
    <message>
        <source>The port OBS loads the overlay page from. Default: %1.</source>
        <translation>Le port depuis lequel OBS charge la page de l&apos;overlay. Par défaut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The port Stripe&apos;s notifications arrive on through the tunnel. Default: %1.</source>
        <translation>Le port sur lequel les notifications de Stripe arrivent par le tunnel. Par défaut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Regenerate overlay URL</source>
        <translation>Régénérer l&apos;URL de l&apos;overlay</translation>
    </message>
    <message>
        <source>Makes a new secret overlay URL. Use it if the old one was shown on stream.</source>
        <translation>Crée une nouvelle URL secrète pour l&apos;overlay. À utiliser si l&apos;ancienne a été montrée en live.</translation>
    </message>
    <message>
        <source>&amp;Overlay port:</source>
        <translation>Port de l&apos;&amp;overlay&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Webhook port:</source>
        <translation>Port du &amp;webhook&#xa0;:</translation>
    </message>
    <message>
        <source>Port changes apply after Dewey restarts.</source>
        <translation>Les changements de port s&apos;appliquent après le redémarrage de Dewey.</translation>
    </message>
    <message>
        <source>The overlay URL contains a secret token, so only OBS on this computer can show your alerts. After regenerating it, paste the new URL into OBS.</source>
        <translation>L&apos;URL de l&apos;overlay contient un jeton secret&#xa0;: seul OBS sur cet ordinateur peut afficher vos alertes. Après l&apos;avoir régénérée, collez la nouvelle URL dans OBS.</translation>
    </message>
    <message>
        <source>Overlay URL token:</source>
        <translation>Jeton de l&apos;URL de l&apos;overlay&#xa0;:</translation>
    </message>
    <message>
        <source>The overlay and webhook ports must be different.</source>
        <translation>Les ports de l&apos;overlay et du webhook doivent être différents.</translation>
    </message>
    <message>
        <source>Saved. The new ports are used after Dewey restarts.</source>
        <translation>Enregistré. Les nouveaux ports sont utilisés après le redémarrage de Dewey.</translation>
    </message>
    <message>
        <source>New overlay URL made. Copy it from the Alerts area into OBS.</source>
        <translation>Nouvelle URL de l&apos;overlay créée. Copiez-la depuis la zone Alertes dans OBS.</translation>
    </message>
</context>
<context>
    <name>Dewey::Settings</name>
    <message>
        <source>%1 is not a port number; choose one from 1 to 65535.</source>
        <translation>%1 n&apos;est pas un numéro de port&#xa0;; choisissez-en un entre 1 et 65535.</translation>
    </message>
    <message>
        <source>%1 is out of range; choose a value from %2 to %3.</source>
        <translation>%1 est hors limites&#xa0;; choisissez une valeur entre %2 et %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language name such as &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de langue comme «&#xa0;de&#xa0;» ou «&#xa0;pt_BR&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a theme name (lowercase letters, digits and dashes).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de thème (lettres minuscules, chiffres et tirets).</translation>
    </message>
    <message>
        <source>Dewey cannot read or write its settings file %1. Check the permissions of the file and of its folder; until then, changes are not saved.</source>
        <translation>Dewey ne peut ni lire ni écrire son fichier de paramètres %1. Vérifiez les permissions du fichier et de son dossier&#xa0;; d&apos;ici là, les modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>The settings file %1 is not in a format Dewey can read; Dewey uses the defaults. Fix or delete the file.</source>
        <translation>Le fichier de paramètres %1 n&apos;est pas dans un format que Dewey sait lire&#xa0;; Dewey utilise les valeurs par défaut. Corrigez ou supprimez le fichier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a URL such as %2 or http://localhost:11434/v1.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur. Utilisez une URL comme %2 ou http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>A model name is one line, such as %1.</source>
        <translation>Un nom de modèle tient sur une ligne, comme %1.</translation>
    </message>
    <message>
        <source>The temperature goes from 0 to 2.</source>
        <translation>La température va de 0 à 2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular expression Dewey can use: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une expression régulière utilisable par Dewey&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it starts with https://).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web (elle commence par https://).</translation>
    </message>
</context>
<context>
    <name>Dewey::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
</context>
<context>
    <name>Dewey::SetupGuide</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>&amp;Skip setup</source>
        <translation>&amp;Ignorer la configuration</translation>
    </message>
    <message>
        <source>Set up Dewey</source>
        <translation>Configurer Dewey</translation>
    </message>
    <message>
        <source>Setup guide</source>
        <translation>Guide de configuration</translation>
    </message>
    <message>
        <source>Close the guide. Help → Setup guide opens it again.</source>
        <translation>Ferme le guide. Aide → Guide de configuration le rouvre.</translation>
    </message>
    <message>
        <source>Overlay URL</source>
        <translation>URL de l&apos;overlay</translation>
    </message>
    <message>
        <source>The overlay server is not running; see the Alerts area</source>
        <translation>Le serveur de l&apos;overlay n&apos;est pas en marche&#xa0;; voir la zone Alertes</translation>
    </message>
    <message>
        <source>Overlay &amp;URL:</source>
        <translation>&amp;URL de l&apos;overlay&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Copy the overlay URL.&lt;/li&gt;&lt;li&gt;In OBS, add a source to your scene: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Browser&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the URL into the &lt;b&gt;URL&lt;/b&gt; field, set &lt;b&gt;Width&lt;/b&gt; to 1920 and &lt;b&gt;Height&lt;/b&gt; to 1080, and click &lt;b&gt;OK&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Copiez l&apos;URL de l&apos;overlay.&lt;/li&gt;&lt;li&gt;Dans OBS, ajoutez une source à votre scène&#xa0;: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Navigateur&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Collez l&apos;URL dans le champ &lt;b&gt;URL&lt;/b&gt;, réglez &lt;b&gt;Largeur&lt;/b&gt; sur 1920 et &lt;b&gt;Hauteur&lt;/b&gt; sur 1080, puis cliquez sur &lt;b&gt;OK&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Show sale alerts in OBS</source>
        <translation>Afficher les alertes de vente dans OBS</translation>
    </message>
    <message>
        <source>Alerts appear on a transparent page that OBS shows over your scene.</source>
        <translation>Les alertes apparaissent sur une page transparente qu&apos;OBS affiche par-dessus votre scène.</translation>
    </message>
    <message>
        <source>Connect Stripe</source>
        <translation>Connecter Stripe</translation>
    </message>
    <message>
        <source>Meet Dewey, your notes assistant</source>
        <translation>Voici Dewey, votre assistant de notes</translation>
    </message>
    <message>
        <source>Dewey remembers small facts you tell it and answers questions about them. It uses the OpenAI API with your own key, which you can create at platform.openai.com. This step is optional: you can add the key later in Settings → Secrets.</source>
        <translation>Dewey retient les petits détails que vous lui confiez et répond à vos questions à leur sujet. Il utilise l&apos;API OpenAI avec votre propre clé, que vous pouvez créer sur platform.openai.com. Cette étape est facultative&#xa0;: vous pourrez ajouter la clé plus tard dans Paramètres → Clés.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In your Stripe dashboard, open &lt;b&gt;Developers → API keys&lt;/b&gt; and copy the &lt;b&gt;secret key&lt;/b&gt;. Paste it in &lt;b&gt;Settings → Secrets&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;In &lt;b&gt;Settings → Stripe&lt;/b&gt;, choose the &lt;b&gt;tunnel&lt;/b&gt; that carries Stripe&apos;s sale notifications to this computer (the Stripe CLI, cloudflared or ngrok).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Connect Stripe&lt;/b&gt;. Dewey registers the tunnel&apos;s address with Stripe and keeps the signing secret itself; with the Stripe CLI there is nothing to connect.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Dans le tableau de bord Stripe, ouvrez &lt;b&gt;Développeurs → Clés API&lt;/b&gt; et copiez la &lt;b&gt;clé secrète&lt;/b&gt;. Collez-la dans &lt;b&gt;Paramètres → Clés&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Dans &lt;b&gt;Paramètres → Stripe&lt;/b&gt;, choisissez le &lt;b&gt;tunnel&lt;/b&gt; qui apporte les notifications de vente de Stripe jusqu&apos;à cet ordinateur (Stripe CLI, cloudflared ou ngrok).&lt;/li&gt;&lt;li&gt;Cliquez sur &lt;b&gt;Connecter Stripe&lt;/b&gt;. Dewey enregistre l&apos;adresse du tunnel auprès de Stripe et conserve lui-même le secret de signature ; avec la Stripe CLI, il n&apos;y a rien à connecter.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open Settings → &amp;Stripe</source>
        <translation>Ouvrir Paramètres → &amp;Stripe</translation>
    </message>
    <message>
        <source>Dewey hears about sales from Stripe. This step is optional: without a tunnel, Dewey still finds every sale by asking Stripe every few minutes, so alerts come a little late.</source>
        <translation>Dewey apprend les ventes par Stripe. Cette étape est facultative : sans tunnel, Dewey trouve quand même chaque vente en interrogeant Stripe toutes les quelques minutes, les alertes arrivent donc un peu plus tard.</translation>
    </message>
</context>
<context>
    <name>Dewey::SingleInstance</name>
    <message>
        <source>Could not open the local channel %1: %2</source>
        <translation>Impossible d&apos;ouvrir le canal local %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not create the lock file in %1. Check that the data folder is writable.</source>
        <translation>Impossible de créer le fichier de verrou dans %1. Vérifiez que le dossier de données est accessible en écriture.</translation>
    </message>
    <message>
        <source>Another Dewey is running with this data folder but does not answer. If it is stuck, end it (or wait a moment) and try again.</source>
        <translation>Un autre Dewey tourne avec ce dossier de données mais ne répond pas. S&apos;il est bloqué, fermez-le (ou patientez un instant) et réessayez.</translation>
    </message>
</context>
<context>
    <name>Dewey::StatusBarController</name>
    <message>
        <source>Alert pause</source>
        <translation>Pause des alertes</translation>
    </message>
    <message>
        <source>Sale alerts are paused: new sales are recorded but not shown on stream. Resume them from the tray menu.</source>
        <translation>Les alertes de vente sont en pause&#xa0;: les nouvelles ventes sont enregistrées mais pas affichées en live. Reprenez-les depuis le menu de la zone de notification.</translation>
    </message>
    <message>
        <source>Overlay server</source>
        <translation>Serveur de l&apos;overlay</translation>
    </message>
    <message>
        <source>The local server OBS loads the alert overlay from, and how many overlay pages (Browser Sources) are connected right now.</source>
        <translation>Le serveur local depuis lequel OBS charge l&apos;overlay des alertes, et le nombre de pages d&apos;overlay (sources Navigateur) connectées en ce moment.</translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation>Récepteur de webhooks</translation>
    </message>
    <message>
        <source>The local port that receives sale notifications from Stripe through a tunnel.</source>
        <translation>Le port local qui reçoit les notifications de vente de Stripe par un tunnel.</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>Tunnel</translation>
    </message>
    <message>
        <source>The tunnel that forwards Stripe&apos;s notifications to this computer.</source>
        <translation>Le tunnel qui redirige les notifications de Stripe vers cet ordinateur.</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Dewey, the notes assistant, needs an OpenAI API key. Set it in Settings → Secrets.</source>
        <translation>Dewey, l&apos;assistant de notes, a besoin d&apos;une clé d&apos;API OpenAI. Définissez-la dans Paramètres → Clés.</translation>
    </message>
    <message>
        <source>Tunnel: %1</source>
        <translation>Tunnel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Overlay: not running</source>
        <translation>Overlay&#xa0;: arrêté</translation>
    </message>
    <message numerus="yes">
        <source>Overlay: 127.0.0.1:%1 · %n connected</source>
        <translation>
            <numerusform>Overlay&#xa0;: 127.0.0.1:%1 · %n connecté</numerusform>
            <numerusform>Overlay&#xa0;: 127.0.0.1:%1 · %n connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks: listening on %1</source>
        <translation>Webhooks&#xa0;: à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Webhooks: not running</source>
        <translation>Webhooks&#xa0;: arrêtés</translation>
    </message>
    <message>
        <source>OpenAI: error: %1</source>
        <translation>OpenAI&#xa0;: erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>OpenAI: reading key…</source>
        <translation>OpenAI&#xa0;: lecture de la clé…</translation>
    </message>
    <message>
        <source>OpenAI: key set</source>
        <translation>OpenAI&#xa0;: clé définie</translation>
    </message>
    <message>
        <source>OpenAI: key not set</source>
        <translation>OpenAI&#xa0;: clé non définie</translation>
    </message>
    <message>
        <source>Alerts paused</source>
        <translation>Alertes en pause</translation>
    </message>
    <message>
        <source>key refused</source>
        <translation>clé refusée</translation>
    </message>
    <message>
        <source>key not allowed to use this model</source>
        <translation>clé non autorisée pour ce modèle</translation>
    </message>
    <message>
        <source>model not found</source>
        <translation>modèle introuvable</translation>
    </message>
    <message>
        <source>request rejected</source>
        <translation>requête rejetée</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite de requêtes atteinte</translation>
    </message>
    <message>
        <source>out of credit</source>
        <translation>crédit épuisé</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erreur du serveur</translation>
    </message>
    <message>
        <source>cannot reach the server</source>
        <translation>serveur injoignable</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>not an OpenAI server</source>
        <translation>ce n&apos;est pas un serveur OpenAI</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>pas de clé d&apos;API</translation>
    </message>
</context>
<context>
    <name>Dewey::StripeApiClient</name>
    <message>
        <source>No Stripe secret key is set. Add it in Settings → Secrets.</source>
        <translation>Aucune clé secrète Stripe n&apos;est définie. Ajoutez-la dans Paramètres → Clés.</translation>
    </message>
    <message>
        <source>Stripe (%1) did not answer within %2 seconds.</source>
        <translation>Stripe (%1) n&apos;a pas répondu en %2 secondes.</translation>
    </message>
    <message>
        <source>Cannot reach Stripe at %1: %2</source>
        <translation>Impossible de joindre Stripe à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stripe&apos;s answer could not be read (%1).</source>
        <translation>Impossible de lire la réponse de Stripe (%1).</translation>
    </message>
    <message>
        <source>Stripe refused the secret key (HTTP 401)%1. Check the Stripe secret key in Settings → Secrets: it starts with sk_live_, sk_test_ or rk_.</source>
        <translation>Stripe a refusé la clé secrète (HTTP 401)%1. Vérifiez la clé secrète Stripe dans Paramètres → Clés&#xa0;: elle commence par sk_live_, sk_test_ ou rk_.</translation>
    </message>
    <message>
        <source>The Stripe key may not do this (HTTP 403)%1. A restricted key needs read access to Events and Checkout Sessions and write access to Webhook Endpoints.</source>
        <translation>La clé Stripe n&apos;a pas le droit de faire cela (HTTP 403)%1. Une clé restreinte a besoin d&apos;un accès en lecture à Events et Checkout Sessions et en écriture à Webhook Endpoints.</translation>
    </message>
    <message>
        <source>Stripe does not know this (HTTP 404)%1.</source>
        <translation>Stripe ne connaît pas cela (HTTP 404)%1.</translation>
    </message>
    <message>
        <source>Stripe is limiting requests (HTTP 429)%1. Dewey tries again later.</source>
        <translation>Stripe limite les requêtes (HTTP 429)%1. Dewey réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Stripe had a problem (HTTP %1)%2. Dewey tries again later.</source>
        <translation>Stripe a rencontré un problème (HTTP %1)%2. Dewey réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Stripe refused the request (HTTP %1)%2</source>
        <translation>Stripe a refusé la requête (HTTP %1)%2</translation>
    </message>
    <message>
        <source>Stripe&apos;s list at %1 did not end after %2 pages.</source>
        <translation>La liste de Stripe sur %1 ne s&apos;est pas terminée après %2 pages.</translation>
    </message>
    <message>
        <source>Not a Checkout Session id: %1</source>
        <translation>Ce n&apos;est pas un id de Checkout Session&#xa0;: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Stripe created the webhook endpoint but sent no id or signing secret.</source>
        <translation>Stripe a créé l&apos;endpoint de webhook mais n&apos;a envoyé ni id ni secret de signature.</translation>
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
        <translation>La Stripe CLI (stripe) est introuvable. Installez-la depuis stripe.com/docs/stripe-cli ou indiquez où se trouve stripe dans Paramètres → Stripe.</translation>
    </message>
    <message>
        <source>The Stripe CLI is not logged in. Add your Stripe secret key in Settings → Secrets (Dewey hands it to the CLI), or run &quot;stripe login&quot; once in a terminal.</source>
        <translation>La Stripe CLI n&apos;est pas connectée. Ajoutez votre clé secrète Stripe dans Paramètres → Clés (Dewey la transmet à la CLI) ou lancez une fois &quot;stripe login&quot; dans un terminal.</translation>
    </message>
    <message>
        <source>Stripe refused the key the Stripe CLI used. Check the Stripe secret key in Settings → Secrets, or run &quot;stripe login&quot; again.</source>
        <translation>Stripe a refusé la clé utilisée par la Stripe CLI. Vérifiez la clé secrète Stripe dans Paramètres → Clés ou relancez &quot;stripe login&quot;.</translation>
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
        <translation>&amp;Programme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>C&amp;ommande&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL pattern:</source>
        <translation>Modèle d&apos;&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>Adresse p&amp;ublique&#xa0;:</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Adresse du webhook</translation>
    </message>
    <message>
        <source>&amp;Restart tunnel</source>
        <translation>&amp;Redémarrer le tunnel</translation>
    </message>
    <message>
        <source>&amp;Connect Stripe</source>
        <translation>&amp;Connecter Stripe</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Catch &amp;up now</source>
        <translation>Ra&amp;ttraper maintenant</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>Tunnel</translation>
    </message>
    <message>
        <source>Tunnel program</source>
        <translation>Programme du tunnel</translation>
    </message>
    <message>
        <source>Tunnel command</source>
        <translation>Commande du tunnel</translation>
    </message>
    <message>
        <source>for example: lt --port {port}</source>
        <translation>par exemple&#xa0;: lt --port {port}</translation>
    </message>
    <message>
        <source>URL pattern</source>
        <translation>Modèle d&apos;URL</translation>
    </message>
    <message>
        <source>A regular expression that finds the public address in the command&apos;s output. Its first group in parentheses is used, or the whole match.</source>
        <translation>Une expression régulière qui trouve l&apos;adresse publique dans la sortie de la commande. Son premier groupe entre parenthèses est utilisé, sinon la correspondance entière.</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
    </message>
    <message>
        <source>https://alerts.example.com</source>
        <translation>https://alerts.example.com</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>Afficher le &amp;journal</translation>
    </message>
    <message>
        <source>Registers the tunnel&apos;s address with your Stripe account, so Stripe sends each sale to Dewey. Needs your Stripe secret key (Settings → Secrets).</source>
        <translation>Enregistre l&apos;adresse du tunnel dans votre compte Stripe, pour que Stripe envoie chaque vente à Dewey. Nécessite votre clé secrète Stripe (Paramètres → Clés).</translation>
    </message>
    <message>
        <source>Removes the webhook endpoint Dewey registered in your Stripe account.</source>
        <translation>Supprime l&apos;endpoint de webhook que Dewey a enregistré dans votre compte Stripe.</translation>
    </message>
    <message>
        <source>Catch-up interval</source>
        <translation>Intervalle de rattrapage</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Alert on caught-up sales younger than</source>
        <translation>Alerter pour les ventes rattrapées de moins de</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Sales Dewey finds later (it was closed, or the tunnel was down) alert on stream only when they are this recent; older ones are just recorded.</source>
        <translation>Les ventes que Dewey trouve plus tard (il était fermé ou le tunnel était coupé) ne s&apos;affichent en alerte en live que si elles sont aussi récentes&#xa0;; les plus anciennes sont seulement enregistrées.</translation>
    </message>
    <message>
        <source>Stripe tells Dewey about each sale through a tunnel to this computer. Without one, Dewey still finds new sales by asking Stripe every few minutes (catch-up).</source>
        <translation>Stripe prévient Dewey de chaque vente par un tunnel jusqu&apos;à cet ordinateur. Sans tunnel, Dewey trouve quand même les nouvelles ventes en interrogeant Stripe toutes les quelques minutes (rattrapage).</translation>
    </message>
    <message>
        <source>&amp;Tunnel:</source>
        <translation>&amp;Tunnel&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Webhook address:</source>
        <translation>Adresse du webhook&#xa0;:</translation>
    </message>
    <message>
        <source>Stripe account:</source>
        <translation>Compte Stripe&#xa0;:</translation>
    </message>
    <message>
        <source>Catch up every:</source>
        <translation>Rattraper toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Alert on caught-up sales younger than:</source>
        <translation>Alerter pour les ventes rattrapées de moins de&#xa0;:</translation>
    </message>
    <message>
        <source>Hide &amp;log</source>
        <translation>Masquer le &amp;journal</translation>
    </message>
    <message>
        <source>No tunnel: nothing to install. Sales show up when Dewey next asks Stripe, so alerts can come a few minutes late.</source>
        <translation>Pas de tunnel&#xa0;: rien à installer. Les ventes apparaissent quand Dewey interroge de nouveau Stripe, les alertes peuvent donc arriver avec quelques minutes de retard.</translation>
    </message>
    <message>
        <source>Install the Stripe CLI. Dewey runs &quot;stripe listen&quot; with your Stripe secret key and uses its signing secret by itself; nothing to connect.</source>
        <translation>Installez la Stripe CLI. Dewey lance &quot;stripe listen&quot; avec votre clé secrète Stripe et utilise lui-même son secret de signature&#xa0;; rien à connecter.</translation>
    </message>
    <message>
        <source>Install cloudflared (free, no account). Dewey starts a quick tunnel; its address changes each time, and Dewey updates Stripe when you have connected.</source>
        <translation>Installez cloudflared (gratuit, sans compte). Dewey démarre un tunnel rapide&#xa0;; son adresse change à chaque fois, et Dewey met Stripe à jour une fois que vous vous êtes connecté.</translation>
    </message>
    <message>
        <source>Install ngrok and add your ngrok authtoken once (&quot;ngrok config add-authtoken …&quot;). Dewey starts it and reads the address from ngrok itself.</source>
        <translation>Installez ngrok et ajoutez une fois votre authtoken ngrok (&quot;ngrok config add-authtoken …&quot;). Dewey le démarre et lit l&apos;adresse auprès de ngrok lui-même.</translation>
    </message>
    <message>
        <source>Any tunnel program: Dewey runs the command, with {port} replaced by the webhook port, and finds the public address in its output.</source>
        <translation>N&apos;importe quel programme de tunnel&#xa0;: Dewey lance la commande, avec {port} remplacé par le port du webhook, et trouve l&apos;adresse publique dans sa sortie.</translation>
    </message>
    <message>
        <source>An address you run yourself (a reverse proxy or a named tunnel) that forwards to this computer&apos;s webhook port. Dewey adds /webhooks/stripe.</source>
        <translation>Une adresse que vous gérez vous-même (un proxy inverse ou un tunnel nommé) et qui redirige vers le port du webhook de cet ordinateur. Dewey ajoute /webhooks/stripe.</translation>
    </message>
    <message>
        <source>stripe, found on the PATH</source>
        <translation>stripe, trouvé dans le PATH</translation>
    </message>
    <message>
        <source>cloudflared, found on the PATH</source>
        <translation>cloudflared, trouvé dans le PATH</translation>
    </message>
    <message>
        <source>ngrok, found on the PATH</source>
        <translation>ngrok, trouvé dans le PATH</translation>
    </message>
    <message>
        <source>Choose the tunnel program</source>
        <translation>Choisir le programme du tunnel</translation>
    </message>
    <message>
        <source>Not needed: the Stripe CLI forwards events itself</source>
        <translation>Inutile&#xa0;: la Stripe CLI redirige elle-même les événements</translation>
    </message>
    <message>
        <source>No public address yet</source>
        <translation>Pas encore d&apos;adresse publique</translation>
    </message>
    <message>
        <source>Re&amp;connect Stripe</source>
        <translation>Re&amp;connecter Stripe</translation>
    </message>
    <message>
        <source>Talking to Stripe…</source>
        <translation>Communication avec Stripe…</translation>
    </message>
    <message>
        <source>Add your Stripe secret key in Settings → Secrets to connect.</source>
        <translation>Ajoutez votre clé secrète Stripe dans Paramètres → Clés pour vous connecter.</translation>
    </message>
    <message>
        <source>The Stripe CLI forwards events itself: nothing to connect.</source>
        <translation>La Stripe CLI redirige elle-même les événements&#xa0;: rien à connecter.</translation>
    </message>
    <message>
        <source>Connected: Stripe sends sales to %1.</source>
        <translation>Connecté&#xa0;: Stripe envoie les ventes à %1.</translation>
    </message>
    <message>
        <source>Choose a tunnel and wait until it has an address, then connect.</source>
        <translation>Choisissez un tunnel, attendez qu&apos;il ait une adresse, puis connectez-vous.</translation>
    </message>
    <message>
        <source>Not connected yet.</source>
        <translation>Pas encore connecté.</translation>
    </message>
    <message>
        <source>Test mode: only test purchases reach Dewey; they are marked &quot;test&quot; in the sales history. Use a live key (sk_live_…) for real sales.</source>
        <translation>Mode test&#xa0;: seuls les achats de test parviennent à Dewey&#xa0;; ils sont marqués «&#xa0;test&#xa0;» dans l&apos;historique des ventes. Utilisez une clé live (sk_live_…) pour les vraies ventes.</translation>
    </message>
    <message>
        <source>Live mode: real purchases from your store.</source>
        <translation>Mode live&#xa0;: les vrais achats de votre boutique.</translation>
    </message>
    <message>
        <source>This does not look like a Stripe secret key (sk_test_…, sk_live_… or rk_…).</source>
        <translation>Cela ne ressemble pas à une clé secrète Stripe (sk_test_…, sk_live_… ou rk_…).</translation>
    </message>
    <message>
        <source>Disconnect Stripe?</source>
        <translation>Déconnecter Stripe&#xa0;?</translation>
    </message>
    <message>
        <source>Dewey removes the webhook endpoint it registered in your Stripe account. Sales then reach Dewey only through catch-up, every few minutes.</source>
        <translation>Dewey supprime l&apos;endpoint de webhook qu&apos;il a enregistré dans votre compte Stripe. Les ventes n&apos;arrivent ensuite à Dewey que par rattrapage, toutes les quelques minutes.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
</context>
<context>
    <name>Dewey::StripeWebhookIntake</name>
    <message>
        <source>The body is not a JSON object</source>
        <translation>Le corps n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>No Stripe API client</source>
        <translation>Aucun client d&apos;API Stripe</translation>
    </message>
    <message>
        <source>Line items cannot be fetched</source>
        <translation>Impossible de récupérer les articles</translation>
    </message>
</context>
<context>
    <name>Dewey::TierEditor</name>
    <message>
        <source>Tier %1</source>
        <translation>Palier %1</translation>
    </message>
    <message>
        <source>%1 (needs a fix)</source>
        <translation>%1 (à corriger)</translation>
    </message>
    <message>
        <source>Tiers, first match wins</source>
        <translation>Paliers, le premier qui correspond l&apos;emporte</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>The first tier a sale matches gives its alert the tier&apos;s look; sales no tier matches use the default look.</source>
        <translation>Le premier palier auquel correspond une vente donne son apparence à l&apos;alerte&#xa0;; les ventes qui ne correspondent à aucun palier utilisent l&apos;apparence par défaut.</translation>
    </message>
    <message>
        <source>Any amount</source>
        <translation>N&apos;importe quel montant</translation>
    </message>
    <message>
        <source>Any currency (or e.g. USD)</source>
        <translation>N&apos;importe quelle devise (ou p. ex. USD)</translation>
    </message>
    <message>
        <source>Any product (or part of a product name)</source>
        <translation>N&apos;importe quel produit (ou une partie d&apos;un nom de produit)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Default sound (type &quot;none&quot; for silence)</source>
        <translation>Son par défaut (tapez &quot;none&quot; pour le silence)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Variables&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation>Au &amp;moins&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Product name contains:</source>
        <translation>Le nom du &amp;produit contient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sound:</source>
        <translation>&amp;Son&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>St&amp;yle&#xa0;:</translation>
    </message>
    <message>
        <source>Sa&amp;ve tiers</source>
        <translation>En&amp;registrer les paliers</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Preview of a sale this tier matches:</source>
        <translation>Aperçu d&apos;une vente qui correspond à ce palier&#xa0;:</translation>
    </message>
    <message>
        <source>The title uses %1, which is not a placeholder. Use %2.</source>
        <translation>Le titre utilise %1, qui n&apos;est pas une variable. Utilisez %2.</translation>
    </message>
    <message>
        <source>The text uses %1, which is not a placeholder. Use %2.</source>
        <translation>Le texte utilise %1, qui n&apos;est pas une variable. Utilisez %2.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD, or empty for any.</source>
        <translation>La devise doit être un code de trois lettres comme USD, ou vide pour n&apos;importe laquelle.</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>Nouveau palier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Alert sound</source>
        <translation>Son de l&apos;alerte</translation>
    </message>
    <message>
        <source>Sounds (*.ogg *.mp3 *.wav *.opus *.m4a)</source>
        <translation>Sons (*.ogg *.mp3 *.wav *.opus *.m4a)</translation>
    </message>
    <message>
        <source>&quot;gold&quot; gives big purchases golden accents and larger type</source>
        <translation>&quot;gold&quot; donne aux gros achats des touches dorées et un texte plus grand</translation>
    </message>
</context>
<context>
    <name>Dewey::TrayController</name>
    <message>
        <source>Show Dewey</source>
        <translation>Afficher Dewey</translation>
    </message>
    <message>
        <source>Pause alerts</source>
        <translation>Mettre les alertes en pause</translation>
    </message>
    <message>
        <source>Send test alert</source>
        <translation>Envoyer une alerte de test</translation>
    </message>
    <message>
        <source>Quit Dewey</source>
        <translation>Quitter Dewey</translation>
    </message>
    <message>
        <source>Shows a made-up sale on the overlay, to check OBS shows it</source>
        <translation>Affiche une vente fictive sur l&apos;overlay, pour vérifier qu&apos;OBS l&apos;affiche</translation>
    </message>
    <message>
        <source>Test alerts become available once the alert queue is running</source>
        <translation>Les alertes de test seront disponibles quand la file d&apos;alertes sera en marche</translation>
    </message>
    <message>
        <source>Hide Dewey</source>
        <translation>Masquer Dewey</translation>
    </message>
    <message>
        <source>Resume alerts</source>
        <translation>Reprendre les alertes</translation>
    </message>
    <message>
        <source>Dewey — alerts paused</source>
        <translation>Dewey — alertes en pause</translation>
    </message>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Show overlay window</source>
        <translation>Afficher la fenêtre d&apos;overlay</translation>
    </message>
    <message>
        <source>An always-on-top window on your desktop that shows the alerts too</source>
        <translation>Une fenêtre toujours au premier plan sur votre bureau qui affiche aussi les alertes</translation>
    </message>
</context>
<context>
    <name>Dewey::TunnelLogView</name>
    <message>
        <source>Copy log</source>
        <translation>Copier le journal</translation>
    </message>
    <message>
        <source>Tunnel log</source>
        <translation>Journal du tunnel</translation>
    </message>
    <message>
        <source>Nothing yet: the tunnel program&apos;s output appears here.</source>
        <translation>Rien pour l&apos;instant&#xa0;: la sortie du programme du tunnel apparaît ici.</translation>
    </message>
    <message>
        <source>Copies the log, for example to ask for help. Secrets in it are masked.</source>
        <translation>Copie le journal, par exemple pour demander de l&apos;aide. Les secrets qu&apos;il contient sont masqués.</translation>
    </message>
</context>
<context>
    <name>Dewey::TunnelSupervisor</name>
    <message>
        <source>No tunnel: Dewey checks Stripe for new sales every few minutes instead.</source>
        <translation>Pas de tunnel&#xa0;: à la place, Dewey demande à Stripe les nouvelles ventes toutes les quelques minutes.</translation>
    </message>
    <message>
        <source>None (catch-up only)</source>
        <translation>Aucun (rattrapage uniquement)</translation>
    </message>
    <message>
        <source>Stripe CLI</source>
        <translation>Stripe CLI</translation>
    </message>
    <message>
        <source>cloudflared quick tunnel</source>
        <translation>Tunnel rapide cloudflared</translation>
    </message>
    <message>
        <source>ngrok</source>
        <translation>ngrok</translation>
    </message>
    <message>
        <source>Custom command</source>
        <translation>Commande personnalisée</translation>
    </message>
    <message>
        <source>My own public address</source>
        <translation>Ma propre adresse publique</translation>
    </message>
    <message>
        <source>Tunnel stopped.</source>
        <translation>Tunnel arrêté.</translation>
    </message>
    <message>
        <source>off (catch-up only)</source>
        <translation>désactivé (rattrapage uniquement)</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 arrêté</translation>
    </message>
    <message>
        <source>%1 starting…</source>
        <translation>%1 démarre…</translation>
    </message>
    <message>
        <source>%1 forwarding</source>
        <translation>%1 redirige</translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation>%1 connecté</translation>
    </message>
    <message>
        <source>%1 restarting</source>
        <translation>%1 redémarre</translation>
    </message>
    <message>
        <source>%1 needs attention</source>
        <translation>%1 demande votre attention</translation>
    </message>
    <message>
        <source>No tunnel chosen: sales arrive through catch-up only.</source>
        <translation>Aucun tunnel choisi&#xa0;: les ventes arrivent uniquement par rattrapage.</translation>
    </message>
    <message>
        <source>The webhook receiver is not listening, so there is nothing to tunnel to.</source>
        <translation>Le récepteur de webhooks n&apos;écoute pas, il n&apos;y a donc rien vers quoi diriger le tunnel.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Démarrage de %1…</translation>
    </message>
    <message>
        <source>%1 is forwarding Stripe&apos;s events to Dewey.</source>
        <translation>%1 redirige les événements de Stripe vers Dewey.</translation>
    </message>
    <message>
        <source>Stripe can reach Dewey at %1</source>
        <translation>Stripe peut joindre Dewey à %1</translation>
    </message>
    <message>
        <source>%1 stopped.</source>
        <translation>%1 s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Restarting in %1 s.</source>
        <translation>Redémarrage dans %1 s.</translation>
    </message>
    <message>
        <source>Stored the Stripe CLI&apos;s signing secret as the webhook signing secret.</source>
        <translation>Le secret de signature de la Stripe CLI a été enregistré comme secret de signature du webhook.</translation>
    </message>
    <message>
        <source>Tunnel settings changed.</source>
        <translation>Paramètres du tunnel modifiés.</translation>
    </message>
</context>
<context>
    <name>DeweyApp</name>
    <message>
        <source>Dewey cannot start</source>
        <translation>Dewey ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Dewey: store sale alerts and a notes assistant for livestreamers.</source>
        <translation>Dewey&#xa0;: des alertes de vente pour votre boutique et un assistant de notes pour les streamers.</translation>
    </message>
    <message>
        <source>Use DIR as the data folder.</source>
        <translation>Utilise DOSSIER comme dossier de données.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Start in the tray, without the window.</source>
        <translation>Démarre dans la zone de notification, sans la fenêtre.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>Run &apos;dewey --help&apos; for usage.</source>
        <translation>Lancez &apos;dewey --help&apos; pour voir l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Dewey is already running; bringing its window to the front.</source>
        <translation>Dewey tourne déjà&#xa0;; sa fenêtre passe au premier plan.</translation>
    </message>
    <message>
        <source>Servers not started</source>
        <translation>Serveurs non démarrés</translation>
    </message>
    <message>
        <source>dewey-cli serve is already running with this data folder (%1). Stop it first, or start Dewey with another data folder.</source>
        <translation>dewey-cli serve tourne déjà avec ce dossier de données (%1). Arrêtez-le d&apos;abord, ou lancez Dewey avec un autre dossier de données.</translation>
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
        <translation>La base de données des notes n&apos;est pas ouverte.</translation>
    </message>
</context>
<context>
    <name>FileSecretBackend</name>
    <message>
        <source>The secrets file %1 can be read or changed by other users of this computer (permissions %2). Dewey will not use it. Make it private with &quot;chmod 600&quot;, or delete it and enter your keys again.</source>
        <translation>Le fichier de secrets %1 peut être lu ou modifié par d&apos;autres utilisateurs de cet ordinateur (permissions %2). Dewey ne l&apos;utilisera pas. Rendez-le privé avec &quot;chmod 600&quot;, ou supprimez-le et saisissez à nouveau vos clés.</translation>
    </message>
    <message>
        <source>Could not read the secrets file %1: %2</source>
        <translation>Impossible de lire le fichier de secrets %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged. Delete it and enter your keys again.</source>
        <translation>Le fichier de secrets %1 est endommagé. Supprimez-le et saisissez à nouveau vos clés.</translation>
    </message>
    <message>
        <source>Could not create the folder for the secrets file %1.</source>
        <translation>Impossible de créer le dossier du fichier de secrets %1.</translation>
    </message>
    <message>
        <source>Could not create the secrets file %1: %2</source>
        <translation>Impossible de créer le fichier de secrets %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not delete the secrets file %1.</source>
        <translation>Impossible de supprimer le fichier de secrets %1.</translation>
    </message>
    <message>
        <source>Could not write the secrets file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier de secrets %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LaunchAgentAutostart</name>
    <message>
        <source>Dewey could not remove %1.</source>
        <translation>Dewey n&apos;a pas pu supprimer %1.</translation>
    </message>
    <message>
        <source>Dewey could not create the folder %1.</source>
        <translation>Dewey n&apos;a pas pu créer le dossier %1.</translation>
    </message>
    <message>
        <source>Dewey could not write %1: %2</source>
        <translation>Dewey n&apos;a pas pu écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>NotesCommand</name>
    <message>
        <source>Add, list, search, edit, delete, import and export notes.</source>
        <translation>Ajoute, liste, recherche, modifie, supprime, importe et exporte des notes.</translation>
    </message>
    <message>
        <source>add TEXT | list | search QUERY | edit ID TEXT | delete ID | restore ID | import PATH | export [PATH]. TEXT &quot;-&quot; reads the note from standard input; PATH &quot;-&quot; means standard input/output.</source>
        <translation>add TEXTE | list | search REQUÊTE | edit ID TEXTE | delete ID | restore ID | import CHEMIN | export [CHEMIN]. TEXTE &quot;-&quot; lit la note sur l&apos;entrée standard&#xa0;; CHEMIN &quot;-&quot; désigne l&apos;entrée/la sortie standard.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Affiche le résultat en JSON.</translation>
    </message>
    <message>
        <source>At most N notes (search: default %1; list: all).</source>
        <translation>Au plus N notes (search&#xa0;: %1 par défaut&#xa0;; list&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>File format for import/export: jsonl or markdown (default: from the file name; export to standard output: jsonl).</source>
        <translation>Format de fichier pour l&apos;import/export&#xa0;: jsonl ou markdown (par défaut&#xa0;: d&apos;après le nom du fichier&#xa0;; export vers la sortie standard&#xa0;: jsonl).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>search: match words only, even when notes can be found by meaning.</source>
        <translation>search&#xa0;: chercher uniquement par mots, même quand les notes peuvent être trouvées par leur sens.</translation>
    </message>
    <message>
        <source>say what to do: add, list, search, edit, delete, restore, import or export. Run &apos;dewey-cli notes --help&apos; for usage.</source>
        <translation>indiquez quoi faire&#xa0;: add, list, search, edit, delete, restore, import ou export. Lancez &apos;dewey-cli notes --help&apos; pour voir l&apos;utilisation.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;. Run &apos;dewey-cli notes --help&apos; for usage.</source>
        <translation>action inconnue «&#xa0;%1&#xa0;». Lancez &apos;dewey-cli notes --help&apos; pour voir l&apos;utilisation.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit attend un nombre positif.</translation>
    </message>
    <message>
        <source>add needs the note&apos;s text, e.g. dewey-cli notes add &quot;Airbnb code 4412&quot;.</source>
        <translation>add a besoin du texte de la note, p. ex. dewey-cli notes add &quot;Code Airbnb 4412&quot;.</translation>
    </message>
    <message>
        <source>list takes no arguments (did you mean search?).</source>
        <translation>list n&apos;accepte aucun argument (vouliez-vous dire search&#xa0;?).</translation>
    </message>
    <message>
        <source>search needs words to look for, e.g. dewey-cli notes search &quot;airbnb code&quot;.</source>
        <translation>search a besoin de mots à chercher, p. ex. dewey-cli notes search &quot;code airbnb&quot;.</translation>
    </message>
    <message>
        <source>edit needs a note id and the new text, e.g. dewey-cli notes edit 12 &quot;new text&quot;.</source>
        <translation>edit a besoin d&apos;un id de note et du nouveau texte, p. ex. dewey-cli notes edit 12 &quot;nouveau texte&quot;.</translation>
    </message>
    <message>
        <source>delete needs one note id, e.g. dewey-cli notes delete 12.</source>
        <translation>delete a besoin d&apos;un id de note, p. ex. dewey-cli notes delete 12.</translation>
    </message>
    <message>
        <source>Deleted note %1. To undo: dewey-cli notes restore %1</source>
        <translation>Note %1 supprimée. Pour annuler&#xa0;: dewey-cli notes restore %1</translation>
    </message>
    <message>
        <source>restore needs one note id, e.g. dewey-cli notes restore 12.</source>
        <translation>restore a besoin d&apos;un id de note, p. ex. dewey-cli notes restore 12.</translation>
    </message>
    <message>
        <source>import needs one file or folder, e.g. dewey-cli notes import notes.jsonl.</source>
        <translation>import a besoin d&apos;un fichier ou d&apos;un dossier, p. ex. dewey-cli notes import notes.jsonl.</translation>
    </message>
    <message>
        <source>%1 holds no .md or .jsonl files.</source>
        <translation>%1 ne contient aucun fichier .md ou .jsonl.</translation>
    </message>
    <message>
        <source>cannot tell the format of %1; add --format jsonl or --format markdown.</source>
        <translation>impossible de déterminer le format de %1&#xa0;; ajoutez --format jsonl ou --format markdown.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>%1 ignoré</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s)</source>
        <translation>
            <numerusform>%n note importée</numerusform>
            <numerusform>%n notes importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n doublon ignoré</numerusform>
            <numerusform>, %n doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n entry(ies) not readable</source>
        <translation>
            <numerusform>, %n entrée illisible</numerusform>
            <numerusform>, %n entrées illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>export takes at most one file, e.g. dewey-cli notes export notes.jsonl.</source>
        <translation>export accepte au plus un fichier, p. ex. dewey-cli notes export notes.jsonl.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>%n note exportée vers %1.</numerusform>
            <numerusform>%n notes exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesFileFormats</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>no &quot;text&quot;</source>
        <translation>pas de &quot;text&quot;</translation>
    </message>
    <message>
        <source>&quot;createdAt&quot; is not a date and time (use ISO 8601, e.g. 2026-03-03T14:05:00Z)</source>
        <translation>&quot;createdAt&quot; n&apos;est pas une date et heure (utilisez ISO 8601, p. ex. 2026-03-03T14:05:00Z)</translation>
    </message>
    <message>
        <source>line %1: a note without text</source>
        <translation>ligne %1&#xa0;: une note sans texte</translation>
    </message>
</context>
<context>
    <name>OpenAiEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a URL such as %2 or http://localhost:11434/v1.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur. Utilisez une URL comme %2 ou http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>The base URL must not contain &quot;?&quot; or &quot;#&quot;: &quot;%1&quot;.</source>
        <translation>L&apos;URL de base ne doit pas contenir &quot;?&quot; ni &quot;#&quot;&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>OpenAiErrorClassifier</name>
    <message>
        <source>%1 refused the API key. Check the OpenAI API key in Settings.</source>
        <translation>%1 a refusé la clé d&apos;API. Vérifiez la clé d&apos;API OpenAI dans les Paramètres.</translation>
    </message>
    <message>
        <source>%1 does not let this API key use the chosen model. Check the key&apos;s permissions and the model in Settings.</source>
        <translation>%1 n&apos;autorise pas cette clé d&apos;API à utiliser le modèle choisi. Vérifiez les permissions de la clé et le modèle dans les Paramètres.</translation>
    </message>
    <message>
        <source>%1 does not know the model or the address Dewey asked for. Check the model name and the base URL in Settings (it usually ends in /v1).</source>
        <translation>%1 ne connaît pas le modèle ou l&apos;adresse demandés par Dewey. Vérifiez le nom du modèle et l&apos;URL de base dans les Paramètres (elle se termine généralement par /v1).</translation>
    </message>
    <message>
        <source>Your OpenAI account has run out of credit or reached its spending limit. Add credit or raise the limit on platform.openai.com (Billing); trying again will not help until then.</source>
        <translation>Votre compte OpenAI n&apos;a plus de crédit ou a atteint sa limite de dépenses. Ajoutez du crédit ou relevez la limite sur platform.openai.com (Billing)&#xa0;; d&apos;ici là, réessayer ne servira à rien.</translation>
    </message>
    <message>
        <source>%1 is limiting how often Dewey may ask. Try again in a moment.</source>
        <translation>%1 limite la fréquence des demandes de Dewey. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 had a problem answering (HTTP %2). Try again in a moment.</source>
        <translation>%1 a rencontré un problème en répondant (HTTP %2). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2). Check the model and base URL in Settings.</source>
        <translation>%1 a rejeté la requête (HTTP %2). Vérifiez le modèle et l&apos;URL de base dans les Paramètres.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2, which is not a chat answer. Check the base URL in Settings.</source>
        <translation>%1 a répondu avec HTTP %2, ce qui n&apos;est pas une réponse de chat. Vérifiez l&apos;URL de base dans les Paramètres.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost in the middle of the answer. Try again.</source>
        <translation>La connexion à %1 a été perdue au milieu de la réponse. Réessayez.</translation>
    </message>
    <message>
        <source>%1 refused the connection. If it is a local server, check that it is running and that the base URL in Settings has the right port.</source>
        <translation>%1 a refusé la connexion. S&apos;il s&apos;agit d&apos;un serveur local, vérifiez qu&apos;il est en marche et que l&apos;URL de base dans les Paramètres a le bon port.</translation>
    </message>
    <message>
        <source>Dewey could not find %1. Check your internet connection and the base URL in Settings.</source>
        <translation>Dewey n&apos;a pas trouvé %1. Vérifiez votre connexion Internet et l&apos;URL de base dans les Paramètres.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>%1 n&apos;a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Dewey could not set up a secure connection to %1. Check the base URL in Settings.</source>
        <translation>Dewey n&apos;a pas pu établir de connexion sécurisée avec %1. Vérifiez l&apos;URL de base dans les Paramètres.</translation>
    </message>
    <message>
        <source>Dewey could not reach %1. Check your internet connection and try again.</source>
        <translation>Dewey n&apos;a pas pu joindre %1. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>%1 reported an error while answering. Try again in a moment.</source>
        <translation>%1 a signalé une erreur en répondant. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 stopped sending the answer for %2 seconds. Try again.</source>
        <translation>%1 n&apos;a plus rien envoyé de la réponse pendant %2 secondes. Réessayez.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Try again in a moment.</source>
        <translation>%1 n&apos;a pas répondu en %2 secondes. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 sent something that is not a chat answer. Check that the base URL in Settings points at an OpenAI-compatible API (it usually ends in /v1).</source>
        <translation>%1 a envoyé quelque chose qui n&apos;est pas une réponse de chat. Vérifiez que l&apos;URL de base dans les Paramètres pointe vers une API compatible OpenAI (elle se termine généralement par /v1).</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one in Settings, or set a base URL for a local server that needs no key.</source>
        <translation>Aucune clé d&apos;API OpenAI n&apos;est définie. Ajoutez-en une dans les Paramètres, ou indiquez l&apos;URL de base d&apos;un serveur local qui n&apos;a pas besoin de clé.</translation>
    </message>
</context>
<context>
    <name>OverlayTokenRegenerator</name>
    <message>
        <source>Regenerate the overlay URL?</source>
        <translation>Régénérer l&apos;URL de l&apos;overlay&#xa0;?</translation>
    </message>
    <message>
        <source>The current overlay URL stops working at once: OBS shows no alerts until you paste the new URL into its Browser Source.</source>
        <translation>L&apos;URL actuelle de l&apos;overlay cesse aussitôt de fonctionner&#xa0;: OBS n&apos;affiche plus d&apos;alertes tant que vous n&apos;avez pas collé la nouvelle URL dans sa source Navigateur.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
</context>
<context>
    <name>RunKeyAutostart</name>
    <message>
        <source>Dewey could not change %1.</source>
        <translation>Dewey n&apos;a pas pu modifier %1.</translation>
    </message>
</context>
<context>
    <name>SalesCommand</name>
    <message>
        <source>List the recorded Stripe sales: &apos;sales list [--json] [--since ISO]&apos;.</source>
        <translation>Liste les ventes Stripe enregistrées&#xa0;: &apos;sales list [--json] [--since ISO]&apos;.</translation>
    </message>
    <message>
        <source>List the sales, newest first.</source>
        <translation>Liste les ventes, des plus récentes aux plus anciennes.</translation>
    </message>
    <message>
        <source>Print JSON (an array of sales) instead of a table.</source>
        <translation>Affiche du JSON (un tableau de ventes) au lieu d&apos;un tableau de texte.</translation>
    </message>
    <message>
        <source>Only sales made at or after TIME (ISO 8601, e.g. 2024-05-01 or 2024-05-01T20:00:00Z).</source>
        <translation>Uniquement les ventes faites à partir de DATE (ISO 8601, p. ex. 2024-05-01 ou 2024-05-01T20:00:00Z).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>missing subcommand; use &apos;sales list&apos;.</source>
        <translation>sous-commande manquante&#xa0;; utilisez &apos;sales list&apos;.</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;; use &apos;sales list&apos;.</source>
        <translation>sous-commande inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez &apos;sales list&apos;.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date or time (for example 2024-05-01T20:00:00Z).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date ou une heure ISO 8601 (par exemple 2024-05-01T20:00:00Z).</translation>
    </message>
    <message>
        <source>Cannot read the sales ledger: %1</source>
        <translation>Impossible de lire le registre des ventes&#xa0;: %1</translation>
    </message>
    <message>
        <source>No sales recorded yet.</source>
        <translation>Aucune vente enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>[test]</source>
        <translation>[test]</translation>
    </message>
</context>
<context>
    <name>SalesCsvExporter</name>
    <message>
        <source>Cannot read the sales: %1</source>
        <translation>Impossible de lire les ventes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SalesTools</name>
    <message>
        <source>Unknown period &quot;%1&quot;; use one of: %2.</source>
        <translation>Période inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;une de&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The sales ledger could not be read: %1</source>
        <translation>Impossible de lire le registre des ventes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Looked up sales (%1)</source>
        <translation>Ventes consultées (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Looked up the %n latest sales</source>
        <translation>
            <numerusform>Dernières ventes consultées&#xa0;: %n</numerusform>
            <numerusform>Dernières ventes consultées&#xa0;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Run the overlay server and the webhook receiver without a window.</source>
        <translation>Lance le serveur de l&apos;overlay et le récepteur de webhooks sans fenêtre.</translation>
    </message>
    <message>
        <source>Serve the overlay on port N (0 picks a free port).</source>
        <translation>Sert l&apos;overlay sur le port N (0 choisit un port libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Receive Stripe webhooks on port N (0 picks a free port).</source>
        <translation>Reçoit les webhooks Stripe sur le port N (0 choisit un port libre).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>a port must be a number from 0 to 65535.</source>
        <translation>un port doit être un nombre entre 0 et 65535.</translation>
    </message>
    <message>
        <source>Dewey is already running with the data folder %1. Stop it first, or use another folder with --data-dir.</source>
        <translation>Dewey tourne déjà avec le dossier de données %1. Arrêtez-le d&apos;abord ou utilisez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>the overlay and webhook ports must differ.</source>
        <translation>les ports de l&apos;overlay et du webhook doivent être différents.</translation>
    </message>
</context>
<context>
    <name>StripeEventMapper</name>
    <message>
        <source>Thin events are not supported; use a snapshot event destination</source>
        <translation>Les événements thin ne sont pas pris en charge&#xa0;; utilisez une destination d&apos;événements snapshot</translation>
    </message>
    <message>
        <source>Not a Stripe event (no id or type)</source>
        <translation>Ce n&apos;est pas un événement Stripe (pas d&apos;id ni de type)</translation>
    </message>
    <message>
        <source>Not a Stripe event (no data.object or created)</source>
        <translation>Ce n&apos;est pas un événement Stripe (pas de data.object ni de created)</translation>
    </message>
    <message>
        <source>PaymentIntent sales are turned off (Checkout and invoices report these)</source>
        <translation>Les ventes PaymentIntent sont désactivées (Checkout et les factures les signalent déjà)</translation>
    </message>
    <message>
        <source>Event type %1 is not used by Dewey</source>
        <translation>Le type d&apos;événement %1 n&apos;est pas utilisé par Dewey</translation>
    </message>
    <message>
        <source>The %1 has no usable amount or currency</source>
        <translation>L&apos;événement %1 n&apos;a pas de montant ou de devise utilisable</translation>
    </message>
    <message>
        <source>Setup-mode Checkout Sessions are not purchases</source>
        <translation>Les Checkout Sessions en mode setup ne sont pas des achats</translation>
    </message>
    <message>
        <source>The Checkout Session is not paid yet (%1)</source>
        <translation>La Checkout Session n&apos;est pas encore payée (%1)</translation>
    </message>
    <message>
        <source>The Checkout Session has no id or amount_total</source>
        <translation>La Checkout Session n&apos;a pas d&apos;id ni d&apos;amount_total</translation>
    </message>
    <message>
        <source>The invoice has no id or amount_paid</source>
        <translation>La facture n&apos;a pas d&apos;id ni d&apos;amount_paid</translation>
    </message>
    <message>
        <source>Nothing was paid on this invoice (a trial or a fully discounted one)</source>
        <translation>Rien n&apos;a été payé sur cette facture (un essai ou une remise totale)</translation>
    </message>
    <message>
        <source>The PaymentIntent has no id or amount</source>
        <translation>Le PaymentIntent n&apos;a pas d&apos;id ni de montant</translation>
    </message>
    <message>
        <source>The charge is only authorised, not captured</source>
        <translation>Le paiement est seulement autorisé, pas capturé</translation>
    </message>
    <message>
        <source>The charge has no id or amount</source>
        <translation>Le paiement n&apos;a pas d&apos;id ni de montant</translation>
    </message>
    <message>
        <source>Partial refund: the sale stays recorded</source>
        <translation>Remboursement partiel&#xa0;: la vente reste enregistrée</translation>
    </message>
</context>
<context>
    <name>StripeSignature</name>
    <message>
        <source>No Stripe-Signature header</source>
        <translation>Pas d&apos;en-tête Stripe-Signature</translation>
    </message>
    <message>
        <source>Unable to extract timestamp and signatures from header</source>
        <translation>Impossible d&apos;extraire l&apos;horodatage et les signatures de l&apos;en-tête</translation>
    </message>
    <message>
        <source>No signatures found with expected scheme</source>
        <translation>Aucune signature trouvée avec le schéma attendu</translation>
    </message>
    <message>
        <source>No webhook signing secret is configured</source>
        <translation>Aucun secret de signature de webhook n&apos;est configuré</translation>
    </message>
    <message>
        <source>No signatures found matching the expected signature for payload</source>
        <translation>Aucune signature ne correspond à la signature attendue pour le contenu</translation>
    </message>
    <message>
        <source>Timestamp outside the tolerance zone (%1 s old, %2 s allowed)</source>
        <translation>Horodatage hors de la tolérance (%1 s d&apos;ancienneté, %2 s autorisées)</translation>
    </message>
</context>
<context>
    <name>XdgAutostart</name>
    <message>
        <source>Dewey could not remove %1.</source>
        <translation>Dewey n&apos;a pas pu supprimer %1.</translation>
    </message>
    <message>
        <source>Dewey could not create the folder %1.</source>
        <translation>Dewey n&apos;a pas pu créer le dossier %1.</translation>
    </message>
    <message>
        <source>Dewey could not write %1: %2</source>
        <translation>Dewey n&apos;a pas pu écrire %1&#xa0;: %2</translation>
    </message>
</context>
</TS>
