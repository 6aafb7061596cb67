<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AlertCommands</name>
    <message>
        <source>Alerts are paused.</source>
        <translation>Os alertas estão pausados.</translation>
    </message>
    <message>
        <source>Alerts are on.</source>
        <translation>Os alertas estão ativos.</translation>
    </message>
    <message numerus="yes">
        <source>%n overlay(s) connected, </source>
        <translation>
            <numerusform>%n overlay conectado, </numerusform>
            <numerusform>%n overlays conectados, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) waiting.</source>
        <translation>
            <numerusform>%n alerta na fila.</numerusform>
            <numerusform>%n alertas na fila.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not queue a test alert: %1</source>
        <translation>Não foi possível enfileirar um alerta de teste: %1</translation>
    </message>
    <message>
        <source>Test alert queued.</source>
        <translation>Alerta de teste na fila.</translation>
    </message>
    <message>
        <source>No overlay is connected yet: it plays when OBS connects.</source>
        <translation>Nenhum overlay conectado ainda: ele aparece quando o OBS se conectar.</translation>
    </message>
    <message>
        <source>Alerts are paused: it plays when you resume.</source>
        <translation>Os alertas estão pausados: ele aparece quando você retomar.</translation>
    </message>
    <message>
        <source>Could not change the pause: %1</source>
        <translation>Não foi possível mudar a pausa: %1</translation>
    </message>
    <message>
        <source>Alerts paused.</source>
        <translation>Alertas pausados.</translation>
    </message>
    <message>
        <source>Alerts resumed.</source>
        <translation>Alertas retomados.</translation>
    </message>
    <message>
        <source>Skipped the alert on screen.</source>
        <translation>O alerta na tela foi pulado.</translation>
    </message>
    <message>
        <source>No alert is on screen.</source>
        <translation>Nenhum alerta na tela.</translation>
    </message>
    <message>
        <source>Could not clear the alerts: %1</source>
        <translation>Não foi possível limpar os alertas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n waiting alert(s).</source>
        <translation>
            <numerusform>%n alerta na fila foi removido.</numerusform>
            <numerusform>%n alertas na fila foram removidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaying sales is not available here.</source>
        <translation>Repetir vendas não está disponível aqui.</translation>
    </message>
    <message>
        <source>No sale was recorded for the event &quot;%1&quot;.</source>
        <translation>Nenhuma venda foi registrada para o evento &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not replay the sale: %1</source>
        <translation>Não foi possível repetir a venda: %1</translation>
    </message>
    <message>
        <source>Replay of %1&apos;s sale queued.</source>
        <translation>Repetição da venda de %1 na fila.</translation>
    </message>
</context>
<context>
    <name>AlertComposer</name>
    <message>
        <source>{buyer} just bought {items} — {amount}</source>
        <extracomment>The default alert line. Keep the {placeholders}; they are filled with the sale&apos;s details.</extracomment>
        <translation>{buyer} acabou de comprar {items} — {amount}</translation>
    </message>
    <message>
        <source>Alex</source>
        <extracomment>The buyer in a test alert.</extracomment>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Hoodie</source>
        <extracomment>The product in a test alert.</extracomment>
        <translation>Moletom</translation>
    </message>
    <message>
        <source>This is a test alert from Dewey.</source>
        <extracomment>The buyer&apos;s message in a test alert.</extracomment>
        <translation>Este é um alerta de teste do Dewey.</translation>
    </message>
    <message>
        <source>Someone</source>
        <extracomment>Shown as the buyer when the sale has no name to show.</extracomment>
        <translation>Alguém</translation>
    </message>
</context>
<context>
    <name>AlertRepository</name>
    <message>
        <source>The database is not open.</source>
        <translation>O banco de dados não está aberto.</translation>
    </message>
    <message>
        <source>Dewey could not queue the alert: %1</source>
        <translation>O Dewey não conseguiu enfileirar o alerta: %1</translation>
    </message>
    <message>
        <source>Dewey could not update the alert queue: %1</source>
        <translation>O Dewey não conseguiu atualizar a fila de alertas: %1</translation>
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
        <translation>algo</translation>
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
        <translation>O arquivo de níveis não é um JSON válido: %1</translation>
    </message>
    <message>
        <source>The tiers file has an unknown version (expected %1).</source>
        <translation>O arquivo de níveis tem uma versão desconhecida (esperada: %1).</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>nível %1</translation>
    </message>
    <message>
        <source>In the tiers file, &quot;%1&quot; of %2 is not usable.</source>
        <translation>No arquivo de níveis, &quot;%1&quot; de %2 não pode ser usado.</translation>
    </message>
    <message>
        <source>Could not read the tiers file %1: %2</source>
        <translation>Não foi possível ler o arquivo de níveis %1: %2</translation>
    </message>
    <message>
        <source>Could not save the tiers file %1: %2</source>
        <translation>Não foi possível salvar o arquivo de níveis %1: %2</translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>Control the alerts of the running Dewey: test, pause, resume, skip, clear, status, replay.</source>
        <translation>Controla os alertas do Dewey em execução: test, pause, resume, skip, clear, status, replay.</translation>
    </message>
    <message>
        <source>Print the answer as JSON.</source>
        <translation>Imprime a resposta como JSON.</translation>
    </message>
    <message>
        <source>say what to do: %1.</source>
        <translation>diga o que fazer: %1.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;.</source>
        <translation>ação desconhecida &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>name the sale&apos;s Stripe event id (evt_…).</source>
        <translation>informe o id do evento do Stripe da venda (evt_…).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>AppStateRepository</name>
    <message>
        <source>The database is not open.</source>
        <translation>O banco de dados não está aberto.</translation>
    </message>
    <message>
        <source>Dewey could not save &quot;%1&quot; in its database: %2</source>
        <translation>O Dewey não conseguiu salvar &quot;%1&quot; no banco de dados: %2</translation>
    </message>
    <message>
        <source>Dewey could not remove &quot;%1&quot; from its database: %2</source>
        <translation>O Dewey não conseguiu remover &quot;%1&quot; do banco de dados: %2</translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>Ask Dewey (or tell it something to remember); the answer streams to stdout.</source>
        <translation>Pergunte ao Dewey (ou conte algo para ele lembrar); a resposta é transmitida para o stdout.</translation>
    </message>
    <message>
        <source>What to ask or tell Dewey.</source>
        <translation>O que perguntar ou contar ao Dewey.</translation>
    </message>
    <message>
        <source>Print one JSON object when the answer is complete (answer, citations, usage) instead of streaming text.</source>
        <translation>Imprime um objeto JSON quando a resposta estiver completa (answer, citations, usage) em vez de transmitir o texto.</translation>
    </message>
    <message>
        <source>Allow Dewey to delete notes when asked to (otherwise deletions are declined).</source>
        <translation>Permite que o Dewey apague notas quando pedido (caso contrário, as exclusões são recusadas).</translation>
    </message>
    <message>
        <source>Continue conversation ID instead of starting a new one.</source>
        <translation>Continua a conversa ID em vez de iniciar uma nova.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>dewey-cli also reads the key from DEWEY_OPENAI_API_KEY.</source>
        <translation>O dewey-cli também lê a chave de DEWEY_OPENAI_API_KEY.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalhes: %1</translation>
    </message>
    <message>
        <source>what should Dewey answer? e.g. dewey-cli ask &quot;what&apos;s the airbnb code?&quot;</source>
        <translation>o que o Dewey deve responder? ex.: dewey-cli ask &quot;qual é o código do airbnb?&quot;</translation>
    </message>
    <message>
        <source>--conversation takes a conversation id (a positive number).</source>
        <translation>--conversation recebe um id de conversa (um número positivo).</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3).</source>
        <translation>%1 Tentando de novo em %2 s (tentativa %3).</translation>
    </message>
    <message>
        <source>deleting note %1 (--yes).</source>
        <translation>apagando a nota %1 (--yes).</translation>
    </message>
    <message>
        <source>Dewey wanted to delete note %1 (&quot;%2&quot;); it was kept. Run with --yes to allow deletions.</source>
        <translation>O Dewey quis apagar a nota %1 (&quot;%2&quot;); ela foi mantida. Execute com --yes para permitir exclusões.</translation>
    </message>
    <message>
        <source>stopped; the part of the answer that arrived was kept.</source>
        <translation>interrompido; a parte da resposta que chegou foi mantida.</translation>
    </message>
</context>
<context>
    <name>AssistantTools</name>
    <message>
        <source>Dewey wants to delete this note. Delete it?</source>
        <translation>O Dewey quer apagar esta nota. Apagar?</translation>
    </message>
    <message>
        <source>The arguments of %1 are not a JSON object.</source>
        <translation>Os argumentos de %1 não são um objeto JSON.</translation>
    </message>
    <message>
        <source>There is no tool called &quot;%1&quot;.</source>
        <translation>Não existe nenhuma ferramenta chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>remember needs the text of the note.</source>
        <translation>remember precisa do texto da nota.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Não foi possível salvar a nota: %1</translation>
    </message>
    <message>
        <source>Saved note %1</source>
        <translation>Nota %1 salva</translation>
    </message>
    <message>
        <source>update_note needs the id of a note and its new text.</source>
        <translation>update_note precisa do id de uma nota e do novo texto.</translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation>A nota %1 não existe.</translation>
    </message>
    <message>
        <source>Note %1 could not be changed: %2</source>
        <translation>Não foi possível alterar a nota %1: %2</translation>
    </message>
    <message>
        <source>Changed note %1</source>
        <translation>Nota %1 alterada</translation>
    </message>
    <message>
        <source>forget needs the id of a note.</source>
        <translation>forget precisa do id de uma nota.</translation>
    </message>
    <message>
        <source>Kept note %1</source>
        <translation>Nota %1 mantida</translation>
    </message>
    <message>
        <source>Note %1 could not be deleted: %2</source>
        <translation>Não foi possível apagar a nota %1: %2</translation>
    </message>
    <message>
        <source>Deleted note %1</source>
        <translation>Nota %1 apagada</translation>
    </message>
    <message>
        <source>search_notes needs a query.</source>
        <translation>search_notes precisa de uma consulta.</translation>
    </message>
    <message numerus="yes">
        <source>Searched notes for “%1” (%n found)</source>
        <translation>
            <numerusform>Notas pesquisadas por “%1” (%n encontrada)</numerusform>
            <numerusform>Notas pesquisadas por “%1” (%n encontradas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuyerPrivacy</name>
    <message>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Use DIR as the data folder (default: the folder the Dewey app uses; the environment variable DEWEY_DATA_DIR also sets it).</source>
        <translation>Usa PASTA como pasta de dados (padrão: a pasta que o app Dewey usa; a variável de ambiente DEWEY_DATA_DIR também a define).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>PASTA</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra esta ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostra a versão.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &apos;dewey-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Execute &apos;dewey-cli COMANDO --help&apos; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>dewey-cli: Dewey without a window, for scripts, Stream Deck buttons and servers.</source>
        <translation>dewey-cli: o Dewey sem janela, para scripts, botões do Stream Deck e servidores.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>O comando a executar (veja abaixo).</translation>
    </message>
    <message>
        <source>Run &apos;dewey-cli --help&apos; for usage.</source>
        <translation>Execute &apos;dewey-cli --help&apos; para ver o uso.</translation>
    </message>
    <message>
        <source>Run &apos;dewey-cli %1 --help&apos; for usage.</source>
        <translation>Execute &apos;dewey-cli %1 --help&apos; para ver o uso.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>nenhum comando informado.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>comando desconhecido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
</context>
<context>
    <name>ControlClient</name>
    <message>
        <source>Dewey is not running with the data folder %1. Start the app or `dewey-cli serve` first.</source>
        <translation>O Dewey não está em execução com a pasta de dados %1. Abra o app ou execute `dewey-cli serve` primeiro.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Dewey did not take the command: %1</source>
        <translation>O Dewey não aceitou o comando: %1</translation>
    </message>
    <message>
        <source>Dewey did not answer the command in time.</source>
        <translation>O Dewey não respondeu ao comando a tempo.</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>A pasta de dados %1 é um arquivo, não uma pasta.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1. Check that its parent folder is writable, or choose another one with --data-dir.</source>
        <translation>Não foi possível criar a pasta de dados %1. Verifique se a pasta acima dela permite gravação ou escolha outra com --data-dir.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 was created by a newer version of Dewey (schema %2, this version understands up to %3). Install the newer Dewey, or choose another data folder.</source>
        <translation>O banco de dados %1 foi criado por uma versão mais nova do Dewey (esquema %2; esta versão entende até o %3). Instale o Dewey mais novo ou escolha outra pasta de dados.</translation>
    </message>
    <message>
        <source>This build of Dewey has a broken database schema (%1). Please report it.</source>
        <translation>Esta compilação do Dewey tem um esquema de banco de dados com defeito (%1). Por favor, relate o problema.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Nenhum arquivo de banco de dados foi informado.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is missing, so Dewey cannot open %1. Reinstall Dewey.</source>
        <translation>O driver SQLite do Qt (QSQLITE) está faltando, então o Dewey não consegue abrir %1. Reinstale o Dewey.</translation>
    </message>
    <message>
        <source>Cannot open %1: the database connection name &quot;%2&quot; is already in use.</source>
        <translation>Não é possível abrir %1: o nome de conexão &quot;%2&quot; já está em uso.</translation>
    </message>
    <message>
        <source>The folder %1 for Dewey&apos;s database does not exist. Create it, or choose another data folder.</source>
        <translation>A pasta %1 do banco de dados do Dewey não existe. Crie-a ou escolha outra pasta de dados.</translation>
    </message>
    <message>
        <source>Dewey cannot read its database %1 (%2). Check the file&apos;s permissions, or choose another data folder.</source>
        <translation>O Dewey não consegue ler o banco de dados %1 (%2). Verifique as permissões do arquivo ou escolha outra pasta de dados.</translation>
    </message>
    <message>
        <source>The file %1 is not a Dewey database or is damaged; it was left untouched. Move it away to start fresh, or restore a backup. (Details: %2)</source>
        <translation>O arquivo %1 não é um banco de dados do Dewey ou está danificado; ele não foi alterado. Mova-o para outro lugar para começar do zero ou restaure um backup. (Detalhes: %2)</translation>
    </message>
    <message>
        <source>Dewey cannot write to the folder %1 that holds its database. Check the folder&apos;s permissions, or choose another data folder.</source>
        <translation>O Dewey não consegue gravar na pasta %1 onde fica o banco de dados. Verifique as permissões da pasta ou escolha outra pasta de dados.</translation>
    </message>
    <message>
        <source>Dewey cannot write to its database %1. Check the file&apos;s permissions, or choose another data folder.</source>
        <translation>O Dewey não consegue gravar no banco de dados %1. Verifique as permissões do arquivo ou escolha outra pasta de dados.</translation>
    </message>
    <message>
        <source>Dewey cannot open its database %1: %2</source>
        <translation>O Dewey não consegue abrir o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>it cannot use write-ahead logging (SQLite answered &quot;%1&quot;); a network drive may be the cause</source>
        <translation>não é possível usar o registro write-ahead (o SQLite respondeu &quot;%1&quot;); a causa pode ser uma unidade de rede</translation>
    </message>
    <message>
        <source>Dewey cannot read the schema of its database %1: %2</source>
        <translation>O Dewey não consegue ler o esquema do banco de dados %1: %2</translation>
    </message>
    <message>
        <source>Dewey could not update its database %1: migration %2 (%3) failed: %4. The database was left at schema %5.</source>
        <translation>O Dewey não conseguiu atualizar o banco de dados %1: a migração %2 (%3) falhou: %4. O banco de dados ficou no esquema %5.</translation>
    </message>
</context>
<context>
    <name>DatabaseFileCheck</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>it does not start with an SQLite header</source>
        <translation>não começa com um cabeçalho SQLite</translation>
    </message>
    <message>
        <source>it is shorter than an SQLite header</source>
        <translation>é menor que um cabeçalho SQLite</translation>
    </message>
    <message>
        <source>it is cut off: its header counts %1 bytes but the file holds %2</source>
        <translation>está cortado: o cabeçalho indica %1 bytes, mas o arquivo tem %2</translation>
    </message>
</context>
<context>
    <name>Dewey::AboutDialog</name>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir pasta de &amp;dados</translation>
    </message>
    <message>
        <source>About Dewey</source>
        <translation>Sobre o Dewey</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dewey %1&lt;/h3&gt;&lt;p&gt;Store sale alerts and a notes assistant for livestreamers.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: your sales, your notes and your keys.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3. QtKeychain %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dewey %1&lt;/h3&gt;&lt;p&gt;Alertas de vendas da sua loja e um assistente de notas para streamers.&lt;/p&gt;&lt;p&gt;Tudo fica neste computador: suas vendas, suas notas e suas chaves.&lt;/p&gt;&lt;p&gt;Compilado com Qt %2, rodando com Qt %3. QtKeychain %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; is © The Qt Company Ltd. and other contributors, used under the GNU Lesser General Public License version 3 (&lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;LGPL-3.0&lt;/a&gt;). Dewey loads the Qt libraries from separate files, so you may replace them with your own build; Qt&apos;s source code is at &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; is © Frank Osterfeld and other contributors, used under the BSD 3-Clause License (&lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD-3-Clause&lt;/a&gt;): it comes without any warranty, and its authors&apos; names may not be used to promote Dewey.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; é © The Qt Company Ltd. e outros colaboradores, usado sob a GNU Lesser General Public License versão 3 (&lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;LGPL-3.0&lt;/a&gt;). O Dewey carrega as bibliotecas do Qt a partir de arquivos separados, então você pode substituí-las pela sua própria compilação; o código-fonte do Qt está em &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; é © Frank Osterfeld e outros colaboradores, usado sob a licença BSD de 3 cláusulas (&lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD-3-Clause&lt;/a&gt;): ele vem sem nenhuma garantia, e os nomes dos autores não podem ser usados para promover o Dewey.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertCard</name>
    <message>
        <source>Alert card</source>
        <translation>Cartão do alerta</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertPreview</name>
    <message>
        <source>Alert preview</source>
        <translation>Prévia do alerta</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertQueue</name>
    <message>
        <source>Dewey could not read the waiting alerts from its database.</source>
        <translation>O Dewey não conseguiu ler os alertas na fila do banco de dados.</translation>
    </message>
    <message>
        <source>The sale is too old to be shown on stream.</source>
        <translation>A venda é antiga demais para aparecer na live.</translation>
    </message>
    <message>
        <source>This sale has already been queued.</source>
        <translation>Esta venda já está na fila.</translation>
    </message>
    <message>
        <source>Refunded or disputed sales are not shown on stream.</source>
        <translation>Vendas reembolsadas ou contestadas não aparecem na live.</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Alerts are paused: new sales are recorded, but not shown on stream.</source>
        <translation>Os alertas estão pausados: novas vendas são registradas, mas não aparecem na live.</translation>
    </message>
    <message>
        <source>Overlay for OBS</source>
        <translation>Overlay para o OBS</translation>
    </message>
    <message>
        <source>Overlay URL</source>
        <translation>URL do overlay</translation>
    </message>
    <message>
        <source>Appears when the overlay server is running</source>
        <translation>Aparece quando o servidor do overlay estiver rodando</translation>
    </message>
    <message>
        <source>Overlay &amp;URL:</source>
        <translation>URL do &amp;overlay:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Show alerts in OBS&lt;/b&gt;&lt;ol&gt;&lt;li&gt;In OBS, add a source to your scene: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Browser&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the overlay URL into the &lt;b&gt;URL&lt;/b&gt; field.&lt;/li&gt;&lt;li&gt;Set &lt;b&gt;Width&lt;/b&gt; to 1920 and &lt;b&gt;Height&lt;/b&gt; to 1080, then click &lt;b&gt;OK&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;The overlay is transparent until a sale comes in. Keep the URL private: anyone with it can watch your alerts.</source>
        <translation>&lt;b&gt;Mostrar alertas no OBS&lt;/b&gt;&lt;ol&gt;&lt;li&gt;No OBS, adicione uma fonte à sua cena: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Navegador&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Cole a URL do overlay no campo &lt;b&gt;URL&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Defina &lt;b&gt;Largura&lt;/b&gt; como 1920 e &lt;b&gt;Altura&lt;/b&gt; como 1080 e clique em &lt;b&gt;OK&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;O overlay fica transparente até chegar uma venda. Mantenha a URL em segredo: qualquer pessoa com ela pode ver seus alertas.</translation>
    </message>
    <message>
        <source>Stripe webhooks</source>
        <translation>Webhooks do Stripe</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL do webhook</translation>
    </message>
    <message>
        <source>Appears when the webhook receiver is running</source>
        <translation>Aparece quando o receptor de webhooks estiver rodando</translation>
    </message>
    <message>
        <source>&amp;Webhook URL (local):</source>
        <translation>URL do &amp;webhook (local):</translation>
    </message>
    <message>
        <source>The overlay server is not running, so OBS cannot show alerts. Restart Dewey; if this persists, choose another overlay port in Settings.</source>
        <translation>O servidor do overlay não está rodando, então o OBS não consegue mostrar alertas. Reinicie o Dewey; se continuar, escolha outra porta para o overlay em Configurações.</translation>
    </message>
    <message>
        <source>Running on port %1. No overlay is connected yet.</source>
        <translation>Rodando na porta %1. Nenhum overlay conectado ainda.</translation>
    </message>
    <message numerus="yes">
        <source>Running on port %1. Connected overlays: %n.</source>
        <translation>
            <numerusform>Rodando na porta %1. Overlays conectados: %n.</numerusform>
            <numerusform>Rodando na porta %1. Overlays conectados: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume alerts</source>
        <translation>Retomar alertas</translation>
    </message>
    <message>
        <source>Pause alerts</source>
        <translation>Pausar alertas</translation>
    </message>
    <message>
        <source>Show sale alerts on stream again</source>
        <translation>Voltar a mostrar os alertas de vendas na live</translation>
    </message>
    <message>
        <source>Stop showing sale alerts on stream; sales are still recorded</source>
        <translation>Parar de mostrar os alertas de vendas na live; as vendas continuam sendo registradas</translation>
    </message>
    <message>
        <source>Alert queue: empty.</source>
        <translation>Fila de alertas: vazia.</translation>
    </message>
    <message numerus="yes">
        <source>Alert queue: %n waiting.</source>
        <translation>
            <numerusform>Fila de alertas: %n aguardando.</numerusform>
            <numerusform>Fila de alertas: %n aguardando.</numerusform>
        </translation>
    </message>
    <message>
        <source>They play when you resume alerts.</source>
        <translation>Eles aparecem quando você retomar os alertas.</translation>
    </message>
    <message>
        <source>They play when an overlay connects.</source>
        <translation>Eles aparecem quando um overlay se conectar.</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>Ao &amp;vivo</translation>
    </message>
    <message>
        <source>Sales &amp;history</source>
        <translation>&amp;Histórico de vendas</translation>
    </message>
    <message>
        <source>&amp;Tiers</source>
        <translation>&amp;Níveis</translation>
    </message>
    <message>
        <source>Alert queue</source>
        <translation>Fila de alertas</translation>
    </message>
    <message>
        <source>S&amp;kip current</source>
        <translation>&amp;Pular atual</translation>
    </message>
    <message>
        <source>Take the alert on screen off now</source>
        <translation>Tirar agora o alerta da tela</translation>
    </message>
    <message>
        <source>&amp;Clear waiting</source>
        <translation>&amp;Limpar fila</translation>
    </message>
    <message>
        <source>Drop the waiting alerts; the sales stay in the history and can be replayed</source>
        <translation>Descarta os alertas na fila; as vendas continuam no histórico e podem ser repetidas</translation>
    </message>
    <message>
        <source>Send &amp;test alert</source>
        <translation>Enviar alerta de &amp;teste</translation>
    </message>
    <message>
        <source>Shows a made-up sale on the overlay, to check OBS shows it</source>
        <translation>Mostra uma venda fictícia no overlay, para conferir se o OBS a exibe</translation>
    </message>
    <message>
        <source>&amp;Regenerate URL…</source>
        <translation>&amp;Gerar nova URL…</translation>
    </message>
    <message>
        <source>Make a new secret overlay URL, e.g. after it was shown on stream</source>
        <translation>Cria uma nova URL secreta do overlay, por exemplo depois que ela apareceu na live</translation>
    </message>
    <message>
        <source>Stripe reaches this address through a tunnel (the Stripe CLI, cloudflared or ngrok), chosen in Settings → Stripe.</source>
        <translation>O Stripe chega a este endereço por um túnel (Stripe CLI, cloudflared ou ngrok), escolhido em Configurações → Stripe.</translation>
    </message>
    <message>
        <source>Now showing: %1</source>
        <translation>Na tela: %1</translation>
    </message>
    <message>
        <source>Nothing on screen.</source>
        <translation>Nada na tela.</translation>
    </message>
    <message>
        <source>Could not send a test alert: %1</source>
        <translation>Não foi possível enviar um alerta de teste: %1</translation>
    </message>
    <message>
        <source>Test alert queued.</source>
        <translation>Alerta de teste na fila.</translation>
    </message>
    <message>
        <source>Could not clear the queue: %1</source>
        <translation>Não foi possível limpar a fila: %1</translation>
    </message>
    <message>
        <source>Waiting alerts cleared: %1. Replay any sale from the sales history.</source>
        <translation>Alertas na fila removidos: %1. Repita qualquer venda pelo histórico de vendas.</translation>
    </message>
    <message>
        <source>Live alerts</source>
        <translation>Alertas ao vivo</translation>
    </message>
</context>
<context>
    <name>Dewey::AppearanceSection</name>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies after Dewey restarts.</source>
        <translation>O novo idioma é aplicado quando o Dewey reiniciar.</translation>
    </message>
    <message>
        <source>Show alerts in an always-on-top window on this computer</source>
        <translation>Mostrar os alertas em uma janela sempre visível neste computador</translation>
    </message>
    <message>
        <source>Overlay window screen</source>
        <translation>Tela da janela do overlay</translation>
    </message>
    <message>
        <source>Main screen</source>
        <translation>Tela principal</translation>
    </message>
    <message>
        <source>Overlay window corner</source>
        <translation>Canto da janela do overlay</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Superior direito</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Superior esquerdo</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Inferior direito</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Inferior esquerdo</translation>
    </message>
    <message>
        <source>Overlay window &amp;screen:</source>
        <translation>T&amp;ela da janela do overlay:</translation>
    </message>
    <message>
        <source>Overlay window &amp;corner:</source>
        <translation>Ca&amp;nto da janela do overlay:</translation>
    </message>
    <message>
        <source>Overlay window:</source>
        <translation>Janela do overlay:</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (não conectada)</translation>
    </message>
    <message>
        <source>Let clicks pass t&amp;hrough the overlay window</source>
        <translation>Deixar os cliques a&amp;travessarem a janela do overlay</translation>
    </message>
    <message>
        <source>On: clicking where the alert is reaches the game below it</source>
        <translation>Ligado: clicar onde está o alerta chega ao jogo que está embaixo</translation>
    </message>
    <message>
        <source>The window never takes the keyboard from the game. Also in the tray menu.</source>
        <translation>A janela nunca tira o teclado do jogo. Também no menu da bandeja.</translation>
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
        <translation>Alterar a chave de API…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar a conexão</translation>
    </message>
    <message>
        <source>Dewey answers with OpenAI, or with any server that speaks the OpenAI API: Ollama (http://localhost:11434/v1), LM Studio (http://localhost:1234/v1), llama.cpp.</source>
        <translation>O Dewey responde com a OpenAI ou com qualquer servidor compatível com a API da OpenAI: Ollama (http://localhost:11434/v1), LM Studio (http://localhost:1234/v1), llama.cpp.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>Vazio: %1</translation>
    </message>
    <message>
        <source>Server base URL</source>
        <translation>URL base do servidor</translation>
    </message>
    <message>
        <source>With the version path, as the OpenAI SDKs write it; empty: %1</source>
        <translation>Com o caminho da versão, como os SDKs da OpenAI escrevem; vazio: %1</translation>
    </message>
    <message>
        <source>Base URL problem</source>
        <translation>Problema na URL base</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Lower keeps answers close to your notes; higher words them more freely.</source>
        <translation>Mais baixa mantém as respostas próximas das suas notas; mais alta as escreve com mais liberdade.</translation>
    </message>
    <message>
        <source>Change the OpenAI API key in Settings, Secrets</source>
        <translation>Alterar a chave de API da OpenAI em Configurações, Chaves</translation>
    </message>
    <message>
        <source>Save the Dewey settings</source>
        <translation>Salvar as configurações do Dewey</translation>
    </message>
    <message>
        <source>Test the connection to the server</source>
        <translation>Testar a conexão com o servidor</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL base:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Chave de API:</translation>
    </message>
    <message>
        <source>%1 is set, so Dewey uses that server instead of this one.</source>
        <translation>%1 está definida, então o Dewey usa esse servidor em vez deste.</translation>
    </message>
    <message>
        <source>Set (kept with the other keys in Secrets).</source>
        <translation>Definida (guardada com as outras chaves em Chaves).</translation>
    </message>
    <message>
        <source>Not set. OpenAI needs one; most local servers do not.</source>
        <translation>Não definida. A OpenAI precisa de uma; a maioria dos servidores locais não.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando o servidor…</translation>
    </message>
    <message>
        <source>OK: %1 answered and offers the model %2.</source>
        <translation>OK: %1 respondeu e oferece o modelo %2.</translation>
    </message>
    <message>
        <source>%1 answered, but it has no model named %2. It offers: %3.</source>
        <translation>%1 respondeu, mas não tem nenhum modelo chamado %2. Ele oferece: %3.</translation>
    </message>
    <message>
        <source>%1 refused the API key. Check the key in Settings → Secrets.</source>
        <translation>%1 recusou a chave de API. Confira a chave em Configurações → Chaves.</translation>
    </message>
    <message>
        <source>%1 needs an API key. Enter it in Settings → Secrets.</source>
        <translation>%1 precisa de uma chave de API. Informe-a em Configurações → Chaves.</translation>
    </message>
    <message>
        <source>No server is reachable at %1. Is it running, and is the address right?</source>
        <translation>Nenhum servidor acessível em %1. Ele está rodando, e o endereço está certo?</translation>
    </message>
    <message>
        <source>%1 has no model named %2.</source>
        <translation>%1 não tem nenhum modelo chamado %2.</translation>
    </message>
</context>
<context>
    <name>Dewey::CatchUp</name>
    <message>
        <source>Catch-up needs the Stripe secret key: add it in Settings → Secrets.</source>
        <translation>A recuperação precisa da chave secreta do Stripe: adicione-a em Configurações → Chaves.</translation>
    </message>
    <message>
        <source>Stripe&apos;s event list did not end after %1 pages; catch-up stopped.</source>
        <translation>A lista de eventos do Stripe não terminou após %1 páginas; a recuperação parou.</translation>
    </message>
    <message>
        <source>Could not record event %1: %2</source>
        <translation>Não foi possível registrar o evento %1: %2</translation>
    </message>
    <message>
        <source>Dewey last caught up with Stripe on %1. Stripe keeps events for %2 days, so sales from %1 to %3 may be missing here: check them in your Stripe dashboard.</source>
        <translation>O Dewey sincronizou com o Stripe pela última vez em %1. O Stripe guarda eventos por %2 dias, então vendas de %1 a %3 podem estar faltando aqui: confira no painel do Stripe.</translation>
    </message>
    <message>
        <source>Catching up with Stripe…</source>
        <translation>Sincronizando com o Stripe…</translation>
    </message>
    <message>
        <source>Not caught up yet.</source>
        <translation>Ainda não sincronizado.</translation>
    </message>
    <message>
        <source>Catch-up at %1 failed: %2</source>
        <translation>A recuperação às %1 falhou: %2</translation>
    </message>
    <message>
        <source>Caught up at %1: no missed sales.</source>
        <translation>Sincronizado às %1: nenhuma venda perdida.</translation>
    </message>
    <message numerus="yes">
        <source>Caught up at %1: %n missed sale(s) recorded.</source>
        <translation>
            <numerusform>Sincronizado às %1: %n venda perdida registrada.</numerusform>
            <numerusform>Sincronizado às %1: %n vendas perdidas registradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::ChatErrorBanner</name>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Configurações</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Problem with the last answer</source>
        <translation>Problema com a última resposta</translation>
    </message>
    <message>
        <source>Open Settings to fix the OpenAI connection</source>
        <translation>Abra Configurações para corrigir a conexão com a OpenAI</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Perguntar de novo</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Dispensar esta mensagem</translation>
    </message>
    <message>
        <source>Dewey could not reach the OpenAI server: the network seems to be down. Your message is saved; press Retry when you are back online.</source>
        <translation>O Dewey não conseguiu acessar o servidor da OpenAI: parece que a rede caiu. Sua mensagem está salva; clique em Tentar de novo quando voltar a ficar online.</translation>
    </message>
    <message>
        <source>OpenAI is limiting how fast Dewey may ask right now. Your message is saved; press Retry in a moment.</source>
        <translation>A OpenAI está limitando a frequência com que o Dewey pode perguntar agora. Sua mensagem está salva; clique em Tentar de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>The OpenAI server had a problem answering. Your message is saved; press Retry.</source>
        <translation>O servidor da OpenAI teve um problema ao responder. Sua mensagem está salva; clique em Tentar de novo.</translation>
    </message>
    <message>
        <source>Dewey could not answer.</source>
        <translation>O Dewey não conseguiu responder.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalhes: %1</translation>
    </message>
    <message>
        <source>Your OpenAI API key was refused — check it in Settings → Secrets.</source>
        <translation>Sua chave de API da OpenAI foi recusada — confira em Configurações → Chaves.</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatInput</name>
    <message>
        <source>Message to Dewey</source>
        <translation>Mensagem para o Dewey</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops the answer.</source>
        <translation>Enter envia, Shift+Enter começa uma nova linha, Esc interrompe a resposta.</translation>
    </message>
    <message>
        <source>Tell Dewey something to remember, or ask about your notes…</source>
        <translation>Conte algo para o Dewey lembrar ou pergunte sobre suas notas…</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatMessageView</name>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Sua mensagem</translation>
    </message>
    <message>
        <source>Dewey&apos;s answer</source>
        <translation>Resposta do Dewey</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatSession</name>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>Essa conversa não existe mais.</translation>
    </message>
    <message>
        <source>Type a note or a question first.</source>
        <translation>Digite uma nota ou uma pergunta primeiro.</translation>
    </message>
    <message>
        <source>Dewey is still answering. Wait for the answer, or press Stop.</source>
        <translation>O Dewey ainda está respondendo. Aguarde a resposta ou clique em Parar.</translation>
    </message>
    <message>
        <source>Dewey is still answering.</source>
        <translation>O Dewey ainda está respondendo.</translation>
    </message>
    <message>
        <source>There is no message waiting for an answer.</source>
        <translation>Não há nenhuma mensagem aguardando resposta.</translation>
    </message>
    <message>
        <source>The model sent an empty answer. Try again, or choose another model in Settings.</source>
        <translation>O modelo enviou uma resposta vazia. Tente de novo ou escolha outro modelo em Configurações.</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatView</name>
    <message>
        <source>Conversation with Dewey</source>
        <translation>Conversa com o Dewey</translation>
    </message>
</context>
<context>
    <name>Dewey::CitationChips</name>
    <message>
        <source>Notes this answer cites</source>
        <translation>Notas citadas nesta resposta</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Nota %1</translation>
    </message>
    <message>
        <source>Open note %1</source>
        <translation>Abrir a nota %1</translation>
    </message>
</context>
<context>
    <name>Dewey::CloudflaredTunnel</name>
    <message>
        <source>Cloudflare did not hand out a quick tunnel (it limits how often one can be made); Dewey tries again shortly.</source>
        <translation>A Cloudflare não liberou um túnel rápido (ela limita quantos podem ser criados); o Dewey tenta de novo em breve.</translation>
    </message>
</context>
<context>
    <name>Dewey::ControlServer</name>
    <message>
        <source>Could not write the control token in %1: %2</source>
        <translation>Não foi possível gravar o token de controle em %1: %2</translation>
    </message>
    <message>
        <source>Could not open the control channel %1: %2</source>
        <translation>Não foi possível abrir o canal de controle %1: %2</translation>
    </message>
    <message>
        <source>Request too large.</source>
        <translation>Requisição grande demais.</translation>
    </message>
    <message>
        <source>Malformed request: %1</source>
        <translation>Requisição malformada: %1</translation>
    </message>
    <message>
        <source>Wrong control token.</source>
        <translation>Token de controle incorreto.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconhecido &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Dewey::ConversationRepository</name>
    <message>
        <source>The database is not open.</source>
        <translation>O banco de dados não está aberto.</translation>
    </message>
    <message>
        <source>Dewey could not start a conversation in its database: %1</source>
        <translation>O Dewey não conseguiu iniciar uma conversa no banco de dados: %1</translation>
    </message>
    <message>
        <source>A conversation needs a name.</source>
        <translation>Uma conversa precisa de um nome.</translation>
    </message>
    <message>
        <source>Dewey could not rename the conversation: %1</source>
        <translation>O Dewey não conseguiu renomear a conversa: %1</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>A conversa não existe mais.</translation>
    </message>
    <message>
        <source>Dewey could not delete the conversation: %1</source>
        <translation>O Dewey não conseguiu apagar a conversa: %1</translation>
    </message>
    <message>
        <source>Dewey could not save the message in its database: %1</source>
        <translation>O Dewey não conseguiu salvar a mensagem no banco de dados: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::ConversationSidebar</name>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation>Conversas anteriores</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Iniciar uma nova conversa</translation>
    </message>
    <message>
        <source>Rename the selected conversation</source>
        <translation>Renomear a conversa selecionada</translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation>Apagar a conversa selecionada</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Apagar conversa</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n message(s)? The notes Dewey saved stay.</source>
        <translation>
            <numerusform>Apagar “%1” e a sua %n mensagem? As notas que o Dewey salvou continuam.</numerusform>
            <numerusform>Apagar “%1” e as suas %n mensagens? As notas que o Dewey salvou continuam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last message %1</source>
        <translation>Última mensagem: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::CopyableField</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copiar %1 para a área de transferência</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Dewey::CustomCommandTunnel</name>
    <message>
        <source>Custom tunnel</source>
        <translation>Túnel personalizado</translation>
    </message>
    <message>
        <source>Enter the tunnel command in Settings → Stripe, with {port} where the webhook port goes.</source>
        <translation>Informe o comando do túnel em Configurações → Stripe, com {port} onde vai a porta do webhook.</translation>
    </message>
    <message>
        <source>The tunnel command &quot;%1&quot; could not be read (check its quotes).</source>
        <translation>Não foi possível ler o comando do túnel &quot;%1&quot; (confira as aspas).</translation>
    </message>
    <message>
        <source>The URL pattern in Settings → Stripe is not a valid regular expression: %1</source>
        <translation>O padrão de URL em Configurações → Stripe não é uma expressão regular válida: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::DeweyPage</name>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Configurações</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Dewey, your notes assistant</source>
        <translation>Dewey, seu assistente de notas</translation>
    </message>
    <message>
        <source>Tell Dewey small facts as they come up — a friend&apos;s unit number, the Airbnb lock code, a sponsor&apos;s discount code — and later ask for them in plain words. Dewey answers from your notes, shows which ones, and says so when it does not know.</source>
        <translation>Conte ao Dewey pequenas informações conforme elas surgem — o número do apartamento de um amigo, a senha da fechadura do Airbnb, o cupom de desconto de um patrocinador — e depois pergunte com suas próprias palavras. O Dewey responde a partir das suas notas, mostra quais usou e avisa quando não sabe.</translation>
    </message>
    <message>
        <source>Open Settings to enter the OpenAI API key</source>
        <translation>Abra Configurações para informar a chave de API da OpenAI</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Enter)</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Parar a resposta</translation>
    </message>
    <message>
        <source>Stop (Esc); the part of the answer that arrived is kept</source>
        <translation>Parar (Esc); a parte da resposta que chegou é mantida</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3)…</source>
        <translation>%1 Tentando de novo em %2 s (tentativa %3)…</translation>
    </message>
    <message>
        <source>Forget a note</source>
        <translation>Esquecer uma nota</translation>
    </message>
    <message>
        <source>Dewey wants to delete note %1:

%2</source>
        <translation>O Dewey quer apagar a nota %1:

%2</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Apagar nota</translation>
    </message>
    <message>
        <source>Stopped — this is the part of the answer that arrived.</source>
        <translation>Interrompido — esta é a parte da resposta que chegou.</translation>
    </message>
    <message>
        <source>Interrupted — the answer did not arrive completely.</source>
        <translation>Interrompido — a resposta não chegou completa.</translation>
    </message>
    <message>
        <source>Looking through your notes…</source>
        <translation>Procurando nas suas notas…</translation>
    </message>
    <message>
        <source>There is no message waiting for an answer.</source>
        <translation>Não há nenhuma mensagem aguardando resposta.</translation>
    </message>
    <message>
        <source>The last message has no answer yet.</source>
        <translation>A última mensagem ainda não tem resposta.</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Nota %1</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Esta nota não existe mais.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salva %1</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>editada %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Your OpenAI API key is set. Tell Dewey something to remember, or ask about your notes.</source>
        <translation>Sua chave de API da OpenAI está configurada. Conte algo para o Dewey lembrar ou pergunte sobre suas notas.</translation>
    </message>
    <message>
        <source>Dewey talks to the server set in Settings. Tell Dewey something to remember, or ask about your notes.</source>
        <translation>O Dewey conversa com o servidor definido em Configurações. Conte algo para o Dewey lembrar ou pergunte sobre suas notas.</translation>
    </message>
    <message>
        <source>Dewey needs an OpenAI API key to answer (or a server that speaks the OpenAI API). Add it in Settings.</source>
        <translation>O Dewey precisa de uma chave de API da OpenAI para responder (ou de um servidor compatível com a API da OpenAI). Adicione-a em Configurações.</translation>
    </message>
    <message>
        <source>Conversations and notes</source>
        <translation>Conversas e notas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Dewey::EmbeddingIndexer</name>
    <message>
        <source>Cannot store note vectors: %1</source>
        <translation>Não é possível guardar os vetores das notas: %1</translation>
    </message>
    <message>
        <source>The embedding server returned vectors Dewey could not store.</source>
        <translation>O servidor de embeddings retornou vetores que o Dewey não conseguiu guardar.</translation>
    </message>
</context>
<context>
    <name>Dewey::EmbeddingReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>A requisição foi cancelada.</translation>
    </message>
</context>
<context>
    <name>Dewey::EndpointRegistrar</name>
    <message>
        <source>Dewey sale alerts on %1</source>
        <translation>Alertas de vendas do Dewey em %1</translation>
    </message>
    <message>
        <source>There is no public address to register yet: choose a tunnel in Settings → Stripe and wait until it is connected.</source>
        <translation>Ainda não há um endereço público para registrar: escolha um túnel em Configurações → Stripe e aguarde até ele conectar.</translation>
    </message>
    <message>
        <source>Connecting needs the Stripe secret key: add it in Settings → Secrets.</source>
        <translation>Para conectar é preciso a chave secreta do Stripe: adicione-a em Configurações → Chaves.</translation>
    </message>
    <message>
        <source>Dewey had no webhook endpoint in this Stripe account.</source>
        <translation>O Dewey não tinha nenhum endpoint de webhook nesta conta do Stripe.</translation>
    </message>
    <message>
        <source>Removed Dewey&apos;s webhook endpoint from Stripe.</source>
        <translation>O endpoint de webhook do Dewey foi removido do Stripe.</translation>
    </message>
    <message>
        <source>Stripe sends sales to %1.</source>
        <translation>O Stripe envia as vendas para %1.</translation>
    </message>
    <message>
        <source>Stripe allows 16 webhook endpoints per account, and all are in use. Remove old ones in the Stripe dashboard (Developers → Webhooks), then connect again.</source>
        <translation>O Stripe permite 16 endpoints de webhook por conta, e todos estão em uso. Remova os antigos no painel do Stripe (Desenvolvedores → Webhooks) e conecte de novo.</translation>
    </message>
    <message>
        <source>Connected: Stripe sends sales to %1.</source>
        <translation>Conectado: o Stripe envia as vendas para %1.</translation>
    </message>
    <message>
        <source>Updated: Stripe sends sales to %1.</source>
        <translation>Atualizado: o Stripe envia as vendas para %1.</translation>
    </message>
</context>
<context>
    <name>Dewey::FixedUrlTunnel</name>
    <message>
        <source>Your own address</source>
        <translation>Seu próprio endereço</translation>
    </message>
    <message>
        <source>Enter your public address in Settings → Stripe (for example https://alerts.example.com).</source>
        <translation>Informe seu endereço público em Configurações → Stripe (por exemplo, https://alerts.example.com).</translation>
    </message>
    <message>
        <source>Using %1; it must forward to 127.0.0.1:%2.</source>
        <translation>Usando %1; ele precisa encaminhar para 127.0.0.1:%2.</translation>
    </message>
</context>
<context>
    <name>Dewey::GeneralSection</name>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Start Dewey when I &amp;log in</source>
        <translation>Iniciar o Dewey quando eu &amp;entrar no sistema</translation>
    </message>
    <message>
        <source>Start in the &amp;tray, without the window</source>
        <translation>Iniciar na &amp;bandeja, sem a janela</translation>
    </message>
    <message>
        <source>Notify me of &amp;sales while the window is hidden</source>
        <translation>Avisar sobre &amp;vendas enquanto a janela estiver oculta</translation>
    </message>
    <message>
        <source>Start Dewey when I log in</source>
        <translation>Iniciar o Dewey quando eu entrar no sistema</translation>
    </message>
    <message>
        <source>Start in the tray</source>
        <translation>Iniciar na bandeja</translation>
    </message>
    <message>
        <source>Sale notifications</source>
        <translation>Notificações de vendas</translation>
    </message>
    <message>
        <source>Desktop notifications can show up in a screen capture.</source>
        <translation>Notificações da área de trabalho podem aparecer em uma captura de tela.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar com o sistema</translation>
    </message>
</context>
<context>
    <name>Dewey::HttpListener</name>
    <message>
        <source>Port %1 on %2 is already in use by another program (or another copy of Dewey). Close that program or choose another port.</source>
        <translation>A porta %1 em %2 já está sendo usada por outro programa (ou outra cópia do Dewey). Feche esse programa ou escolha outra porta.</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>Não foi possível escutar em %1, porta %2: %3</translation>
    </message>
    <message>
        <source>Could not start the HTTP server on %1 port %2.</source>
        <translation>Não foi possível iniciar o servidor HTTP em %1, porta %2.</translation>
    </message>
</context>
<context>
    <name>Dewey::KeychainSecretBackend</name>
    <message>
        <source>The system keychain answered: %1</source>
        <translation>O chaveiro do sistema respondeu: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::KeyringBanner</name>
    <message>
        <source>Keep for this session only</source>
        <translation>Guardar só nesta sessão</translation>
    </message>
    <message>
        <source>Store in a file in the data folder (readable by anyone with access to your account)</source>
        <translation>Guardar em um arquivo na pasta de dados (legível por qualquer pessoa com acesso à sua conta)</translation>
    </message>
    <message>
        <source>No system keyring</source>
        <translation>Sem chaveiro do sistema</translation>
    </message>
    <message>
        <source>Nothing is written to disk. You paste your keys again after restarting Dewey. Dewey uses the system keyring as soon as one is available.</source>
        <translation>Nada é gravado no disco. Você cola suas chaves de novo depois de reiniciar o Dewey. O Dewey usa o chaveiro do sistema assim que houver um disponível.</translation>
    </message>
    <message>
        <source>Keys are written unencrypted to a file only your user account can open.</source>
        <translation>As chaves são gravadas sem criptografia em um arquivo que só a sua conta de usuário pode abrir.</translation>
    </message>
    <message>
        <source>Store secrets in a file?</source>
        <translation>Guardar os segredos em um arquivo?</translation>
    </message>
    <message>
        <source>Your API keys will be written, unencrypted, to secrets.json in the data folder. Anyone who can open files of your user account (or a backup of them) can read them. Keep them for this session only if you are unsure.</source>
        <translation>Suas chaves de API serão gravadas, sem criptografia, em secrets.json na pasta de dados. Qualquer pessoa que consiga abrir arquivos da sua conta de usuário (ou um backup deles) pode lê-las. Se estiver em dúvida, guarde-as só nesta sessão.</translation>
    </message>
    <message>
        <source>Store in a file</source>
        <translation>Guardar em um arquivo</translation>
    </message>
    <message>
        <source>No system keyring was found, so secrets are stored in a file in the data folder.</source>
        <translation>Nenhum chaveiro do sistema foi encontrado, então os segredos são guardados em um arquivo na pasta de dados.</translation>
    </message>
    <message>
        <source>No system keyring was found, so secrets are kept for this session only.</source>
        <translation>Nenhum chaveiro do sistema foi encontrado, então os segredos são guardados só nesta sessão.</translation>
    </message>
    <message>
        <source>Could not change where secrets are kept: %1</source>
        <translation>Não foi possível mudar onde os segredos são guardados: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::LiveAlertPreview</name>
    <message>
        <source>Alert preview</source>
        <translation>Prévia do alerta</translation>
    </message>
    <message>
        <source>preview in the Alerts area</source>
        <translation>prévia na área Alertas</translation>
    </message>
    <message>
        <source>Live preview — on screen now, as your viewers see it:</source>
        <translation>Prévia ao vivo — na tela agora, como seus espectadores veem:</translation>
    </message>
    <message>
        <source>Live preview — alerts are paused. Up next when you resume:</source>
        <translation>Prévia ao vivo — os alertas estão pausados. O próximo, quando você retomar:</translation>
    </message>
    <message>
        <source>Live preview — alerts appear here as your viewers see them. Up next:</source>
        <translation>Prévia ao vivo — os alertas aparecem aqui como seus espectadores veem. O próximo:</translation>
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
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Chat with Dewey about your notes (Ctrl+1)</source>
        <translation>Converse com o Dewey sobre suas notas (Ctrl+1)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Overlay for OBS, webhooks and recent sales (Ctrl+2)</source>
        <translation>Overlay para o OBS, webhooks e vendas recentes (Ctrl+2)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Appearance, servers and secrets (Ctrl+3)</source>
        <translation>Aparência, servidores e chaves (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit Dewey</source>
        <translation>&amp;Sair do Dewey</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Dewey</source>
        <translation>&amp;Dewey</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertas</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Setup guide…</source>
        <translation>&amp;Guia de configuração…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir pasta de &amp;dados</translation>
    </message>
    <message>
        <source>&amp;About Dewey</source>
        <translation>&amp;Sobre o Dewey</translation>
    </message>
    <message>
        <source>Dewey is still running</source>
        <translation>O Dewey continua rodando</translation>
    </message>
    <message>
        <source>Dewey keeps showing sale alerts while its window is closed. Open it again from the tray icon; quit from the tray menu.</source>
        <translation>O Dewey continua mostrando alertas de vendas com a janela fechada. Abra-a de novo pelo ícone na bandeja; para sair, use o menu da bandeja.</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>Alerta de teste</translation>
    </message>
    <message>
        <source>Dewey could not queue the test alert: %1</source>
        <translation>O Dewey não conseguiu enfileirar o alerta de teste: %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Dewey could not open a file manager. The data folder is:
%1</source>
        <translation>O Dewey não conseguiu abrir um gerenciador de arquivos. A pasta de dados é:
%1</translation>
    </message>
</context>
<context>
    <name>Dewey::NgrokTunnel</name>
    <message>
        <source>ngrok needs your account&apos;s authtoken. Sign up at ngrok.com, then run &quot;ngrok config add-authtoken &lt;your token&gt;&quot; once in a terminal.</source>
        <translation>O ngrok precisa do authtoken da sua conta. Cadastre-se em ngrok.com e execute uma vez &quot;ngrok config add-authtoken &lt;seu token&gt;&quot; em um terminal.</translation>
    </message>
    <message>
        <source>ngrok is already running somewhere else with your account, and free accounts allow only one. Close the other ngrok, then restart the tunnel.</source>
        <translation>O ngrok já está rodando em outro lugar com a sua conta, e contas gratuitas permitem só um. Feche o outro ngrok e reinicie o túnel.</translation>
    </message>
    <message>
        <source>ngrok&apos;s agent API at %1 lists %2</source>
        <translation>A API do agente ngrok em %1 lista %2</translation>
    </message>
</context>
<context>
    <name>Dewey::NoteRetriever</name>
    <message>
        <source>Finding notes by their words only: %1</source>
        <translation>Buscando notas só pelas palavras: %1</translation>
    </message>
    <message>
        <source>Finding notes by their words only for now: %1 Dewey will try again.</source>
        <translation>Buscando notas só pelas palavras por enquanto: %1 O Dewey vai tentar de novo.</translation>
    </message>
    <message>
        <source>Finding notes by their words only: no note has been indexed by meaning yet.</source>
        <translation>Buscando notas só pelas palavras: nenhuma nota foi indexada por significado ainda.</translation>
    </message>
    <message>
        <source>Finding notes by words and meaning.</source>
        <translation>Buscando notas por palavras e significado.</translation>
    </message>
    <message>
        <source>Finding notes by meaning took too long, so these were found by their words only.</source>
        <translation>A busca por significado demorou demais, então estas notas foram encontradas só pelas palavras.</translation>
    </message>
    <message>
        <source>These notes were found by their words only: %1</source>
        <translation>Estas notas foram encontradas só pelas palavras: %1</translation>
    </message>
    <message numerus="yes">
        <source>Finding notes by words and meaning (%1 of %n note(s) ready).</source>
        <translation>
            <numerusform>Buscando notas por palavras e significado (%1 de %n nota pronta).</numerusform>
            <numerusform>Buscando notas por palavras e significado (%1 de %n notas prontas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::NotesListModel</name>
    <message>
        <source>Saved %1</source>
        <translation>Salva %1</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>editada %1</translation>
    </message>
</context>
<context>
    <name>Dewey::NotesPanel</name>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Nota apagada</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Pesquisar notas</translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation>Notas, das mais recentes para as mais antigas</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nova nota</translation>
    </message>
    <message>
        <source>Text of a new note</source>
        <translation>Texto de uma nova nota</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Adicionar a nota</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>Editar a nota selecionada</translation>
    </message>
    <message>
        <source>Edit the selected note (F2 or double-click)</source>
        <translation>Editar a nota selecionada (F2 ou clique duplo)</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Apagar a nota selecionada</translation>
    </message>
    <message>
        <source>Import notes from a Markdown or JSON Lines file</source>
        <translation>Importar notas de um arquivo Markdown ou JSON Lines</translation>
    </message>
    <message>
        <source>Export all notes to a Markdown or JSON Lines file</source>
        <translation>Exportar todas as notas para um arquivo Markdown ou JSON Lines</translation>
    </message>
    <message>
        <source>Undo deleting the note</source>
        <translation>Desfazer a exclusão da nota</translation>
    </message>
    <message>
        <source>Notes status</source>
        <translation>Status das notas</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota salva.</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <source>Notes (*.jsonl *.ndjson *.json *.md *.markdown *.txt);;All files (*)</source>
        <translation>Notas (*.jsonl *.ndjson *.json *.md *.markdown *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Dewey reads .jsonl and .md files; %1 is neither.</source>
        <translation>O Dewey lê arquivos .jsonl e .md; %1 não é nenhum dos dois.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s)</source>
        <translation>
            <numerusform>%n nota importada</numerusform>
            <numerusform>%n notas importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n duplicada ignorada</numerusform>
            <numerusform>, %n duplicadas ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n entry(ies) not readable</source>
        <translation>
            <numerusform>, %n entrada ilegível</numerusform>
            <numerusform>, %n entradas ilegíveis</numerusform>
        </translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Exportar notas</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;Markdown (*.md)</source>
        <translation>JSON Lines (*.jsonl);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Choose a name ending in .jsonl or .md.</source>
        <translation>Escolha um nome terminado em .jsonl ou .md.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>%n nota exportada para %1.</numerusform>
            <numerusform>%n notas exportadas para %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::NotesRepository</name>
    <message>
        <source>The notes database is not open.</source>
        <translation>O banco de dados de notas não está aberto.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Uma nota não pode ficar vazia.</translation>
    </message>
    <message>
        <source>A note can be at most %1 characters long.</source>
        <translation>Uma nota pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Não foi possível salvar a nota: %1</translation>
    </message>
    <message>
        <source>The note could not be changed: %1</source>
        <translation>Não foi possível alterar a nota: %1</translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation>A nota %1 não existe.</translation>
    </message>
    <message>
        <source>A note cannot be empty; delete it instead.</source>
        <translation>Uma nota não pode ficar vazia; apague-a em vez disso.</translation>
    </message>
    <message>
        <source>There is no deleted note %1 to restore.</source>
        <translation>Não existe nenhuma nota apagada %1 para restaurar.</translation>
    </message>
    <message>
        <source>Undo adding the note</source>
        <translation>Desfazer a adição da nota</translation>
    </message>
    <message>
        <source>Undo the edit</source>
        <translation>Desfazer a edição</translation>
    </message>
    <message>
        <source>Undo deleting the note</source>
        <translation>Desfazer a exclusão da nota</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Não há nada para desfazer.</translation>
    </message>
    <message>
        <source>The note that was edited no longer exists.</source>
        <translation>A nota editada não existe mais.</translation>
    </message>
    <message>
        <source>The notes could not be imported: %1</source>
        <translation>Não foi possível importar as notas: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::OpenAiEmbedder</name>
    <message>
        <source>The OpenAI base URL &quot;%1&quot; is not a valid address.</source>
        <translation>A URL base da OpenAI &quot;%1&quot; não é um endereço válido.</translation>
    </message>
    <message>
        <source>No OpenAI API key is set, so notes are found by their words only. Add a key in Settings to also find notes by meaning.</source>
        <translation>Nenhuma chave de API da OpenAI foi definida, então as notas são encontradas só pelas palavras. Adicione uma chave em Configurações para encontrar notas também pelo significado.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 não respondeu em %2 segundos.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Não foi possível acessar %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the OpenAI API key (HTTP %2). Check the key in Settings.</source>
        <translation>%1 recusou a chave de API da OpenAI (HTTP %2). Confira a chave em Configurações.</translation>
    </message>
    <message>
        <source>%1 is limiting requests: %2</source>
        <translation>%1 está limitando as requisições: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 respondeu HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 respondeu HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 sent embeddings Dewey cannot use: %2</source>
        <translation>%1 enviou embeddings que o Dewey não consegue usar: %2</translation>
    </message>
    <message>
        <source>%1 vectors for %2 texts</source>
        <translation>%1 vetores para %2 textos</translation>
    </message>
    <message>
        <source>the vector positions do not match the texts</source>
        <translation>as posições dos vetores não correspondem aos textos</translation>
    </message>
    <message>
        <source>vectors of %1 numbers instead of %2; set the embedding size to %1, or choose a model that supports %2</source>
        <translation>vetores de %1 números em vez de %2; defina o tamanho do embedding como %1 ou escolha um modelo que suporte %2</translation>
    </message>
    <message>
        <source>a vector of zeros</source>
        <translation>um vetor de zeros</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayLanMode</name>
    <message>
        <source>Second-PC mode found no local network address on this PC. Enter one in Settings.</source>
        <translation>O modo segundo PC não encontrou nenhum endereço de rede local neste PC. Informe um em Configurações.</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayServer</name>
    <message>
        <source>Port %1 on %2 is already in use by another program (or another copy of Dewey). Close that program or choose another port.</source>
        <translation>A porta %1 em %2 já está sendo usada por outro programa (ou outra cópia do Dewey). Feche esse programa ou escolha outra porta.</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>Não foi possível escutar em %1, porta %2: %3</translation>
    </message>
    <message>
        <source>Could not start the HTTP server on %1 port %2.</source>
        <translation>Não foi possível iniciar o servidor HTTP em %1, porta %2.</translation>
    </message>
    <message>
        <source>The overlay server is not running.</source>
        <translation>O servidor do overlay não está rodando.</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayWindow</name>
    <message>
        <source>Dewey overlay</source>
        <translation>Overlay do Dewey</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayWindowController</name>
    <message>
        <source>native overlay window</source>
        <translation>janela de overlay nativa</translation>
    </message>
</context>
<context>
    <name>Dewey::ProcessTunnel</name>
    <message>
        <source>%1 did not report that it was ready within %2 seconds.</source>
        <translation>%1 não avisou que estava pronto em %2 segundos.</translation>
    </message>
    <message>
        <source>%1 did not stop when asked; ending it.</source>
        <translation>%1 não parou quando solicitado; encerrando.</translation>
    </message>
    <message>
        <source>%1 was not found. Install it (see &quot;Stripe setup&quot; in the README), or choose where the program is in Settings → Stripe.</source>
        <translation>%1 não foi encontrado. Instale-o (veja &quot;Stripe setup&quot; no README) ou escolha onde está o programa em Configurações → Stripe.</translation>
    </message>
    <message>
        <source>The program chosen for %1 in Settings → Stripe (%2) is not there or cannot be run.</source>
        <translation>O programa escolhido para %1 em Configurações → Stripe (%2) não existe ou não pode ser executado.</translation>
    </message>
    <message>
        <source>Starting %1: %2 %3</source>
        <translation>Iniciando %1: %2 %3</translation>
    </message>
    <message>
        <source>Stopping %1.</source>
        <translation>Parando %1.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 travou.</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly (exit code %2).</source>
        <translation>%1 parou inesperadamente (código de saída %2).</translation>
    </message>
    <message>
        <source>%1 ended before it was ready (exit code %2).</source>
        <translation>%1 terminou antes de ficar pronto (código de saída %2).</translation>
    </message>
    <message>
        <source>Its last line: %1</source>
        <translation>Última linha: %1</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>Não foi possível iniciar %1: %2</translation>
    </message>
</context>
<context>
    <name>Dewey::SaleNotifier</name>
    <message>
        <source>New sale: %1</source>
        <translation>Nova venda: %1</translation>
    </message>
    <message>
        <source>%1 bought from your store.</source>
        <translation>%1 comprou na sua loja.</translation>
    </message>
    <message>
        <source>%1 bought %2.</source>
        <translation>%1 comprou %2.</translation>
    </message>
</context>
<context>
    <name>Dewey::SalesHistoryModel</name>
    <message>
        <source>Not alerted</source>
        <translation>Sem alerta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Alerted</source>
        <translation>Alerta exibido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pulado</translation>
    </message>
    <message>
        <source>(items unknown)</source>
        <translation>(itens desconhecidos)</translation>
    </message>
    <message>
        <source>%1, refunded</source>
        <translation>%1, reembolsada</translation>
    </message>
    <message>
        <source>%1, disputed</source>
        <translation>%1, contestada</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <source>A test-mode purchase: no real money was paid</source>
        <translation>Uma compra em modo de teste: nenhum dinheiro real foi pago</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensagem: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
</context>
<context>
    <name>Dewey::SalesHistoryPanel</name>
    <message>
        <source>Show sales from</source>
        <translation>Mostrar vendas de</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>This stream session</source>
        <translation>Esta sessão de live</translation>
    </message>
    <message>
        <source>All sales</source>
        <translation>Todas as vendas</translation>
    </message>
    <message>
        <source>Start new session</source>
        <translation>Iniciar nova sessão</translation>
    </message>
    <message>
        <source>Start counting this stream&apos;s totals from now</source>
        <translation>Começa a contar os totais desta live a partir de agora</translation>
    </message>
    <message>
        <source>Sales history</source>
        <translation>Histórico de vendas</translation>
    </message>
    <message>
        <source>No sales in this period. When someone buys from your store, the sale appears here and as an alert on stream.</source>
        <translation>Nenhuma venda neste período. Quando alguém comprar na sua loja, a venda aparece aqui e como alerta na live.</translation>
    </message>
    <message>
        <source>&amp;Replay alert</source>
        <translation>&amp;Repetir alerta</translation>
    </message>
    <message>
        <source>Show the selected sale&apos;s alert on stream again</source>
        <translation>Mostra de novo na live o alerta da venda selecionada</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the sales shown as a spreadsheet file</source>
        <translation>Salva as vendas exibidas como um arquivo de planilha</translation>
    </message>
    <message>
        <source>New stream session started.</source>
        <translation>Nova sessão de live iniciada.</translation>
    </message>
    <message>
        <source>Select a sale to replay its alert.</source>
        <translation>Selecione uma venda para repetir o alerta dela.</translation>
    </message>
    <message>
        <source>Could not replay the alert: %1</source>
        <translation>Não foi possível repetir o alerta: %1</translation>
    </message>
    <message>
        <source>Alert for %1 queued again.</source>
        <translation>Alerta de %1 na fila de novo.</translation>
    </message>
    <message>
        <source>Totals unavailable: %1</source>
        <translation>Totais indisponíveis: %1</translation>
    </message>
    <message>
        <source>dewey-sales-%1.csv</source>
        <translation>dewey-vendas-%1.csv</translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation>Exportar vendas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1 (sales: %2).</source>
        <translation>Exportado para %1 (vendas: %2).</translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation>Vendas: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::SalesLedger</name>
    <message>
        <source>The database is not open.</source>
        <translation>O banco de dados não está aberto.</translation>
    </message>
    <message>
        <source>The sales ledger could not be written: %1</source>
        <translation>Não foi possível gravar o registro de vendas: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::SecretField</name>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation>Mostrar o que você digitou</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Salvar %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Limpar %1</translation>
    </message>
    <message>
        <source>Forget the stored %1</source>
        <translation>Esquecer o valor salvo de %1</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Status de %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Clear %1?</source>
        <translation>Limpar %1?</translation>
    </message>
    <message>
        <source>Dewey will forget the %1. You can paste it again at any time.</source>
        <translation>O Dewey vai esquecer &quot;%1&quot;. Você pode colar de novo a qualquer momento.</translation>
    </message>
    <message>
        <source>Set by environment variable %1</source>
        <translation>Definido pela variável de ambiente %1</translation>
    </message>
    <message>
        <source>Set by environment variable %1. Change it there; it is not stored by Dewey.</source>
        <translation>Definido pela variável de ambiente %1. Altere lá; o Dewey não o guarda.</translation>
    </message>
    <message>
        <source>Saved. Paste a new one to replace it</source>
        <translation>Salvo. Cole um novo para substituir</translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation>Cole aqui</translation>
    </message>
    <message>
        <source>Reading stored secrets…</source>
        <translation>Lendo os segredos salvos…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Não foi possível salvar: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Set. Stored in your system keyring.</source>
        <translation>Definido. Guardado no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Not set. What you save here is stored in your system keyring.</source>
        <translation>Não definido. O que você salvar aqui fica no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Set for this session only: Dewey forgets it when it quits.</source>
        <translation>Definido só nesta sessão: o Dewey esquece ao fechar.</translation>
    </message>
    <message>
        <source>Not set. What you save here is kept for this session only.</source>
        <translation>Não definido. O que você salvar aqui fica guardado só nesta sessão.</translation>
    </message>
    <message>
        <source>Set. Stored in a file in the data folder.</source>
        <translation>Definido. Guardado em um arquivo na pasta de dados.</translation>
    </message>
    <message>
        <source>Not set. What you save here is stored in a file in the data folder.</source>
        <translation>Não definido. O que você salvar aqui fica em um arquivo na pasta de dados.</translation>
    </message>
</context>
<context>
    <name>Dewey::SecretId</name>
    <message>
        <source>OpenAI API key</source>
        <translation>Chave de API da OpenAI</translation>
    </message>
    <message>
        <source>Stripe secret key</source>
        <translation>Chave secreta do Stripe</translation>
    </message>
    <message>
        <source>Stripe webhook signing secret</source>
        <translation>Segredo de assinatura de webhook do Stripe</translation>
    </message>
    <message>
        <source>Previous Stripe webhook signing secret</source>
        <translation>Segredo de assinatura de webhook do Stripe anterior</translation>
    </message>
</context>
<context>
    <name>Dewey::SecretStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>O chaveiro do sistema não respondeu em %n segundo.</numerusform>
            <numerusform>O chaveiro do sistema não respondeu em %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::SecretsSection</name>
    <message>
        <source>Secrets</source>
        <translation>Chaves</translation>
    </message>
    <message>
        <source>Dewey keeps these keys on this computer and sends them only to the service they belong to. The Stripe keys come from the Developers section of your Stripe dashboard.</source>
        <translation>O Dewey guarda estas chaves neste computador e só as envia ao serviço a que pertencem. As chaves do Stripe ficam na seção Desenvolvedores do painel do Stripe.</translation>
    </message>
</context>
<context>
    <name>Dewey::ServersSection</name>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Overlay port</source>
        <translation>Porta do overlay</translation>
    </message>
    <message>
        <source>Webhook port</source>
        <translation>Porta do webhook</translation>
    </message>
    <message>
        <source>&amp;Regenerate overlay URL…</source>
        <translation>&amp;Gerar nova URL do overlay…</translation>
    </message>
    <message>
        <source>The port OBS loads the overlay page from. Default: %1.</source>
        <translation>A porta de onde o OBS carrega a página do overlay. Padrão: %1.</translation>
    </message>
    <message>
        <source>The port Stripe&apos;s notifications arrive on through the tunnel. Default: %1.</source>
        <translation>A porta em que as notificações do Stripe chegam pelo túnel. Padrão: %1.</translation>
    </message>
    <message>
        <source>Regenerate overlay URL</source>
        <translation>Gerar nova URL do overlay</translation>
    </message>
    <message>
        <source>Makes a new secret overlay URL. Use it if the old one was shown on stream.</source>
        <translation>Cria uma nova URL secreta do overlay. Use se a antiga apareceu na live.</translation>
    </message>
    <message>
        <source>&amp;Overlay port:</source>
        <translation>Porta do &amp;overlay:</translation>
    </message>
    <message>
        <source>&amp;Webhook port:</source>
        <translation>Porta do &amp;webhook:</translation>
    </message>
    <message>
        <source>Port changes apply after Dewey restarts.</source>
        <translation>Mudanças de porta são aplicadas quando o Dewey reiniciar.</translation>
    </message>
    <message>
        <source>The overlay URL contains a secret token, so only OBS on this computer can show your alerts. After regenerating it, paste the new URL into OBS.</source>
        <translation>A URL do overlay contém um token secreto, então só o OBS neste computador pode mostrar seus alertas. Depois de gerar uma nova, cole a nova URL no OBS.</translation>
    </message>
    <message>
        <source>Overlay URL token:</source>
        <translation>Token da URL do overlay:</translation>
    </message>
    <message>
        <source>The overlay and webhook ports must be different.</source>
        <translation>As portas do overlay e do webhook precisam ser diferentes.</translation>
    </message>
    <message>
        <source>Saved. The new ports are used after Dewey restarts.</source>
        <translation>Salvo. As novas portas são usadas quando o Dewey reiniciar.</translation>
    </message>
    <message>
        <source>New overlay URL made. Copy it from the Alerts area into OBS.</source>
        <translation>Nova URL do overlay criada. Copie-a da área Alertas para o OBS.</translation>
    </message>
</context>
<context>
    <name>Dewey::Settings</name>
    <message>
        <source>%1 is not a port number; choose one from 1 to 65535.</source>
        <translation>%1 não é um número de porta; escolha um de 1 a 65535.</translation>
    </message>
    <message>
        <source>%1 is out of range; choose a value from %2 to %3.</source>
        <translation>%1 está fora do intervalo; escolha um valor de %2 a %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; não é um endereço IP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language name such as &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>&quot;%1&quot; não é um nome de idioma como &quot;de&quot; ou &quot;pt_BR&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a theme name (lowercase letters, digits and dashes).</source>
        <translation>&quot;%1&quot; não é um nome de tema (letras minúsculas, dígitos e hífens).</translation>
    </message>
    <message>
        <source>Dewey cannot read or write its settings file %1. Check the permissions of the file and of its folder; until then, changes are not saved.</source>
        <translation>O Dewey não consegue ler nem gravar o arquivo de configurações %1. Verifique as permissões do arquivo e da pasta; até lá, as alterações não são salvas.</translation>
    </message>
    <message>
        <source>The settings file %1 is not in a format Dewey can read; Dewey uses the defaults. Fix or delete the file.</source>
        <translation>O arquivo de configurações %1 não está em um formato que o Dewey consiga ler; o Dewey usa os padrões. Corrija ou apague o arquivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a URL such as %2 or http://localhost:11434/v1.</source>
        <translation>&quot;%1&quot; não é um endereço de servidor. Use uma URL como %2 ou http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>A model name is one line, such as %1.</source>
        <translation>Um nome de modelo é uma única linha, como %1.</translation>
    </message>
    <message>
        <source>The temperature goes from 0 to 2.</source>
        <translation>A temperatura vai de 0 a 2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular expression Dewey can use: %2</source>
        <translation>&quot;%1&quot; não é uma expressão regular que o Dewey consiga usar: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it starts with https://).</source>
        <translation>&quot;%1&quot; não é um endereço web (começa com https://).</translation>
    </message>
</context>
<context>
    <name>Dewey::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Seções das configurações</translation>
    </message>
</context>
<context>
    <name>Dewey::SetupGuide</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>&amp;Skip setup</source>
        <translation>&amp;Pular configuração</translation>
    </message>
    <message>
        <source>Set up Dewey</source>
        <translation>Configurar o Dewey</translation>
    </message>
    <message>
        <source>Setup guide</source>
        <translation>Guia de configuração</translation>
    </message>
    <message>
        <source>Close the guide. Help → Setup guide opens it again.</source>
        <translation>Fecha o guia. Ajuda → Guia de configuração abre de novo.</translation>
    </message>
    <message>
        <source>Overlay URL</source>
        <translation>URL do overlay</translation>
    </message>
    <message>
        <source>The overlay server is not running; see the Alerts area</source>
        <translation>O servidor do overlay não está rodando; veja a área Alertas</translation>
    </message>
    <message>
        <source>Overlay &amp;URL:</source>
        <translation>URL do &amp;overlay:</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Copy the overlay URL.&lt;/li&gt;&lt;li&gt;In OBS, add a source to your scene: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Browser&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the URL into the &lt;b&gt;URL&lt;/b&gt; field, set &lt;b&gt;Width&lt;/b&gt; to 1920 and &lt;b&gt;Height&lt;/b&gt; to 1080, and click &lt;b&gt;OK&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Copie a URL do overlay.&lt;/li&gt;&lt;li&gt;No OBS, adicione uma fonte à sua cena: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Navegador&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Cole a URL no campo &lt;b&gt;URL&lt;/b&gt;, defina &lt;b&gt;Largura&lt;/b&gt; como 1920 e &lt;b&gt;Altura&lt;/b&gt; como 1080 e clique em &lt;b&gt;OK&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Show sale alerts in OBS</source>
        <translation>Mostrar alertas de vendas no OBS</translation>
    </message>
    <message>
        <source>Alerts appear on a transparent page that OBS shows over your scene.</source>
        <translation>Os alertas aparecem em uma página transparente que o OBS mostra sobre a sua cena.</translation>
    </message>
    <message>
        <source>Connect Stripe</source>
        <translation>Conectar o Stripe</translation>
    </message>
    <message>
        <source>Meet Dewey, your notes assistant</source>
        <translation>Conheça o Dewey, seu assistente de notas</translation>
    </message>
    <message>
        <source>Dewey remembers small facts you tell it and answers questions about them. It uses the OpenAI API with your own key, which you can create at platform.openai.com. This step is optional: you can add the key later in Settings → Secrets.</source>
        <translation>O Dewey lembra pequenas informações que você conta e responde perguntas sobre elas. Ele usa a API da OpenAI com a sua própria chave, que você pode criar em platform.openai.com. Esta etapa é opcional: você pode adicionar a chave depois em Configurações → Chaves.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Etapa %1 de %2</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In your Stripe dashboard, open &lt;b&gt;Developers → API keys&lt;/b&gt; and copy the &lt;b&gt;secret key&lt;/b&gt;. Paste it in &lt;b&gt;Settings → Secrets&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;In &lt;b&gt;Settings → Stripe&lt;/b&gt;, choose the &lt;b&gt;tunnel&lt;/b&gt; that carries Stripe&apos;s sale notifications to this computer (the Stripe CLI, cloudflared or ngrok).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Connect Stripe&lt;/b&gt;. Dewey registers the tunnel&apos;s address with Stripe and keeps the signing secret itself; with the Stripe CLI there is nothing to connect.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;No painel do Stripe, abra &lt;b&gt;Desenvolvedores → Chaves de API&lt;/b&gt; e copie a &lt;b&gt;chave secreta&lt;/b&gt;. Cole-a em &lt;b&gt;Configurações → Chaves&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Em &lt;b&gt;Configurações → Stripe&lt;/b&gt;, escolha o &lt;b&gt;túnel&lt;/b&gt; que traz os avisos de venda do Stripe para este computador (Stripe CLI, cloudflared ou ngrok).&lt;/li&gt;&lt;li&gt;Clique em &lt;b&gt;Conectar Stripe&lt;/b&gt;. O Dewey registra o endereço do túnel no Stripe e guarda ele mesmo o segredo de assinatura; com a Stripe CLI não há nada para conectar.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open Settings → &amp;Stripe</source>
        <translation>Abrir Configurações → &amp;Stripe</translation>
    </message>
    <message>
        <source>Dewey hears about sales from Stripe. This step is optional: without a tunnel, Dewey still finds every sale by asking Stripe every few minutes, so alerts come a little late.</source>
        <translation>O Dewey fica sabendo das vendas pelo Stripe. Este passo é opcional: sem túnel, o Dewey ainda encontra cada venda perguntando ao Stripe a cada poucos minutos, então os alertas chegam um pouco atrasados.</translation>
    </message>
</context>
<context>
    <name>Dewey::SingleInstance</name>
    <message>
        <source>Could not open the local channel %1: %2</source>
        <translation>Não foi possível abrir o canal local %1: %2</translation>
    </message>
    <message>
        <source>Could not create the lock file in %1. Check that the data folder is writable.</source>
        <translation>Não foi possível criar o arquivo de bloqueio em %1. Verifique se a pasta de dados permite gravação.</translation>
    </message>
    <message>
        <source>Another Dewey is running with this data folder but does not answer. If it is stuck, end it (or wait a moment) and try again.</source>
        <translation>Outro Dewey está rodando com esta pasta de dados, mas não responde. Se estiver travado, encerre-o (ou aguarde um pouco) e tente de novo.</translation>
    </message>
</context>
<context>
    <name>Dewey::StatusBarController</name>
    <message>
        <source>Alert pause</source>
        <translation>Pausa dos alertas</translation>
    </message>
    <message>
        <source>Sale alerts are paused: new sales are recorded but not shown on stream. Resume them from the tray menu.</source>
        <translation>Os alertas de vendas estão pausados: novas vendas são registradas, mas não aparecem na live. Retome-os pelo menu da bandeja.</translation>
    </message>
    <message>
        <source>Overlay server</source>
        <translation>Servidor do overlay</translation>
    </message>
    <message>
        <source>The local server OBS loads the alert overlay from, and how many overlay pages (Browser Sources) are connected right now.</source>
        <translation>O servidor local de onde o OBS carrega o overlay de alertas, e quantas páginas de overlay (fontes de navegador) estão conectadas agora.</translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation>Receptor de webhooks</translation>
    </message>
    <message>
        <source>The local port that receives sale notifications from Stripe through a tunnel.</source>
        <translation>A porta local que recebe as notificações de vendas do Stripe por um túnel.</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>Túnel</translation>
    </message>
    <message>
        <source>The tunnel that forwards Stripe&apos;s notifications to this computer.</source>
        <translation>O túnel que encaminha as notificações do Stripe para este computador.</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Dewey, the notes assistant, needs an OpenAI API key. Set it in Settings → Secrets.</source>
        <translation>O Dewey, o assistente de notas, precisa de uma chave de API da OpenAI. Defina-a em Configurações → Chaves.</translation>
    </message>
    <message>
        <source>Tunnel: %1</source>
        <translation>Túnel: %1</translation>
    </message>
    <message>
        <source>Overlay: not running</source>
        <translation>Overlay: parado</translation>
    </message>
    <message numerus="yes">
        <source>Overlay: 127.0.0.1:%1 · %n connected</source>
        <translation>
            <numerusform>Overlay: 127.0.0.1:%1 · %n conectado</numerusform>
            <numerusform>Overlay: 127.0.0.1:%1 · %n conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks: listening on %1</source>
        <translation>Webhooks: escutando em %1</translation>
    </message>
    <message>
        <source>Webhooks: not running</source>
        <translation>Webhooks: parado</translation>
    </message>
    <message>
        <source>OpenAI: error: %1</source>
        <translation>OpenAI: erro: %1</translation>
    </message>
    <message>
        <source>OpenAI: reading key…</source>
        <translation>OpenAI: lendo a chave…</translation>
    </message>
    <message>
        <source>OpenAI: key set</source>
        <translation>OpenAI: chave definida</translation>
    </message>
    <message>
        <source>OpenAI: key not set</source>
        <translation>OpenAI: chave não definida</translation>
    </message>
    <message>
        <source>Alerts paused</source>
        <translation>Alertas pausados</translation>
    </message>
    <message>
        <source>key refused</source>
        <translation>chave recusada</translation>
    </message>
    <message>
        <source>key not allowed to use this model</source>
        <translation>a chave não pode usar este modelo</translation>
    </message>
    <message>
        <source>model not found</source>
        <translation>modelo não encontrado</translation>
    </message>
    <message>
        <source>request rejected</source>
        <translation>pedido rejeitado</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite de pedidos atingido</translation>
    </message>
    <message>
        <source>out of credit</source>
        <translation>sem créditos</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erro do servidor</translation>
    </message>
    <message>
        <source>cannot reach the server</source>
        <translation>não foi possível contatar o servidor</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sem resposta a tempo</translation>
    </message>
    <message>
        <source>not an OpenAI server</source>
        <translation>não é um servidor da OpenAI</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>sem chave de API</translation>
    </message>
</context>
<context>
    <name>Dewey::StripeApiClient</name>
    <message>
        <source>No Stripe secret key is set. Add it in Settings → Secrets.</source>
        <translation>Nenhuma chave secreta do Stripe foi definida. Adicione-a em Configurações → Chaves.</translation>
    </message>
    <message>
        <source>Stripe (%1) did not answer within %2 seconds.</source>
        <translation>O Stripe (%1) não respondeu em %2 segundos.</translation>
    </message>
    <message>
        <source>Cannot reach Stripe at %1: %2</source>
        <translation>Não foi possível acessar o Stripe em %1: %2</translation>
    </message>
    <message>
        <source>Stripe&apos;s answer could not be read (%1).</source>
        <translation>Não foi possível ler a resposta do Stripe (%1).</translation>
    </message>
    <message>
        <source>Stripe refused the secret key (HTTP 401)%1. Check the Stripe secret key in Settings → Secrets: it starts with sk_live_, sk_test_ or rk_.</source>
        <translation>O Stripe recusou a chave secreta (HTTP 401)%1. Confira a chave secreta do Stripe em Configurações → Chaves: ela começa com sk_live_, sk_test_ ou rk_.</translation>
    </message>
    <message>
        <source>The Stripe key may not do this (HTTP 403)%1. A restricted key needs read access to Events and Checkout Sessions and write access to Webhook Endpoints.</source>
        <translation>A chave do Stripe não tem permissão para isso (HTTP 403)%1. Uma chave restrita precisa de acesso de leitura a Events e Checkout Sessions e de gravação a Webhook Endpoints.</translation>
    </message>
    <message>
        <source>Stripe does not know this (HTTP 404)%1.</source>
        <translation>O Stripe não reconhece isso (HTTP 404)%1.</translation>
    </message>
    <message>
        <source>Stripe is limiting requests (HTTP 429)%1. Dewey tries again later.</source>
        <translation>O Stripe está limitando as requisições (HTTP 429)%1. O Dewey tenta de novo mais tarde.</translation>
    </message>
    <message>
        <source>Stripe had a problem (HTTP %1)%2. Dewey tries again later.</source>
        <translation>O Stripe teve um problema (HTTP %1)%2. O Dewey tenta de novo mais tarde.</translation>
    </message>
    <message>
        <source>Stripe refused the request (HTTP %1)%2</source>
        <translation>O Stripe recusou a requisição (HTTP %1)%2</translation>
    </message>
    <message>
        <source>Stripe&apos;s list at %1 did not end after %2 pages.</source>
        <translation>A lista do Stripe em %1 não terminou após %2 páginas.</translation>
    </message>
    <message>
        <source>Not a Checkout Session id: %1</source>
        <translation>Não é um id de Checkout Session: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Stripe created the webhook endpoint but sent no id or signing secret.</source>
        <translation>O Stripe criou o endpoint de webhook, mas não enviou o id nem o segredo de assinatura.</translation>
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
        <translation>A Stripe CLI (stripe) não foi encontrada. Instale-a em stripe.com/docs/stripe-cli ou escolha onde está o stripe em Configurações → Stripe.</translation>
    </message>
    <message>
        <source>The Stripe CLI is not logged in. Add your Stripe secret key in Settings → Secrets (Dewey hands it to the CLI), or run &quot;stripe login&quot; once in a terminal.</source>
        <translation>A Stripe CLI não está logada. Adicione sua chave secreta do Stripe em Configurações → Chaves (o Dewey a repassa à CLI) ou execute uma vez &quot;stripe login&quot; em um terminal.</translation>
    </message>
    <message>
        <source>Stripe refused the key the Stripe CLI used. Check the Stripe secret key in Settings → Secrets, or run &quot;stripe login&quot; again.</source>
        <translation>O Stripe recusou a chave usada pela Stripe CLI. Confira a chave secreta do Stripe em Configurações → Chaves ou execute &quot;stripe login&quot; de novo.</translation>
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
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>C&amp;omando:</translation>
    </message>
    <message>
        <source>&amp;URL pattern:</source>
        <translation>Padrão de UR&amp;L:</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>&amp;Endereço público:</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Endereço do webhook</translation>
    </message>
    <message>
        <source>&amp;Restart tunnel</source>
        <translation>&amp;Reiniciar túnel</translation>
    </message>
    <message>
        <source>&amp;Connect Stripe</source>
        <translation>&amp;Conectar o Stripe</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Catch &amp;up now</source>
        <translation>&amp;Recuperar agora</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>Túnel</translation>
    </message>
    <message>
        <source>Tunnel program</source>
        <translation>Programa do túnel</translation>
    </message>
    <message>
        <source>Tunnel command</source>
        <translation>Comando do túnel</translation>
    </message>
    <message>
        <source>for example: lt --port {port}</source>
        <translation>por exemplo: lt --port {port}</translation>
    </message>
    <message>
        <source>URL pattern</source>
        <translation>Padrão de URL</translation>
    </message>
    <message>
        <source>A regular expression that finds the public address in the command&apos;s output. Its first group in parentheses is used, or the whole match.</source>
        <translation>Uma expressão regular que encontra o endereço público na saída do comando. É usado o primeiro grupo entre parênteses ou, se não houver, a correspondência inteira.</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Endereço público</translation>
    </message>
    <message>
        <source>https://alerts.example.com</source>
        <translation>https://alerts.example.com</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>Mostrar &amp;log</translation>
    </message>
    <message>
        <source>Registers the tunnel&apos;s address with your Stripe account, so Stripe sends each sale to Dewey. Needs your Stripe secret key (Settings → Secrets).</source>
        <translation>Registra o endereço do túnel na sua conta do Stripe, para que o Stripe envie cada venda ao Dewey. Precisa da sua chave secreta do Stripe (Configurações → Chaves).</translation>
    </message>
    <message>
        <source>Removes the webhook endpoint Dewey registered in your Stripe account.</source>
        <translation>Remove o endpoint de webhook que o Dewey registrou na sua conta do Stripe.</translation>
    </message>
    <message>
        <source>Catch-up interval</source>
        <translation>Intervalo de recuperação</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Alert on caught-up sales younger than</source>
        <translation>Alertar vendas recuperadas com menos de</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Sales Dewey finds later (it was closed, or the tunnel was down) alert on stream only when they are this recent; older ones are just recorded.</source>
        <translation>Vendas que o Dewey encontra depois (porque estava fechado ou o túnel caiu) só viram alerta na live se forem recentes assim; as mais antigas são apenas registradas.</translation>
    </message>
    <message>
        <source>Stripe tells Dewey about each sale through a tunnel to this computer. Without one, Dewey still finds new sales by asking Stripe every few minutes (catch-up).</source>
        <translation>O Stripe avisa o Dewey de cada venda por um túnel até este computador. Sem túnel, o Dewey ainda encontra as vendas novas perguntando ao Stripe a cada poucos minutos (recuperação).</translation>
    </message>
    <message>
        <source>&amp;Tunnel:</source>
        <translation>&amp;Túnel:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Webhook address:</source>
        <translation>Endereço do webhook:</translation>
    </message>
    <message>
        <source>Stripe account:</source>
        <translation>Conta do Stripe:</translation>
    </message>
    <message>
        <source>Catch up every:</source>
        <translation>Recuperar a cada:</translation>
    </message>
    <message>
        <source>Alert on caught-up sales younger than:</source>
        <translation>Alertar vendas recuperadas com menos de:</translation>
    </message>
    <message>
        <source>Hide &amp;log</source>
        <translation>Ocultar &amp;log</translation>
    </message>
    <message>
        <source>No tunnel: nothing to install. Sales show up when Dewey next asks Stripe, so alerts can come a few minutes late.</source>
        <translation>Sem túnel: nada para instalar. As vendas aparecem quando o Dewey consulta o Stripe de novo, então os alertas podem chegar alguns minutos atrasados.</translation>
    </message>
    <message>
        <source>Install the Stripe CLI. Dewey runs &quot;stripe listen&quot; with your Stripe secret key and uses its signing secret by itself; nothing to connect.</source>
        <translation>Instale a Stripe CLI. O Dewey executa &quot;stripe listen&quot; com a sua chave secreta do Stripe e usa o segredo de assinatura dela automaticamente; nada para conectar.</translation>
    </message>
    <message>
        <source>Install cloudflared (free, no account). Dewey starts a quick tunnel; its address changes each time, and Dewey updates Stripe when you have connected.</source>
        <translation>Instale o cloudflared (grátis, sem conta). O Dewey inicia um túnel rápido; o endereço muda a cada vez, e o Dewey atualiza o Stripe quando você tiver conectado.</translation>
    </message>
    <message>
        <source>Install ngrok and add your ngrok authtoken once (&quot;ngrok config add-authtoken …&quot;). Dewey starts it and reads the address from ngrok itself.</source>
        <translation>Instale o ngrok e adicione uma vez o seu authtoken do ngrok (&quot;ngrok config add-authtoken …&quot;). O Dewey o inicia e lê o endereço do próprio ngrok.</translation>
    </message>
    <message>
        <source>Any tunnel program: Dewey runs the command, with {port} replaced by the webhook port, and finds the public address in its output.</source>
        <translation>Qualquer programa de túnel: o Dewey executa o comando, com {port} trocado pela porta do webhook, e encontra o endereço público na saída dele.</translation>
    </message>
    <message>
        <source>An address you run yourself (a reverse proxy or a named tunnel) that forwards to this computer&apos;s webhook port. Dewey adds /webhooks/stripe.</source>
        <translation>Um endereço mantido por você (um proxy reverso ou um túnel nomeado) que encaminha para a porta do webhook deste computador. O Dewey adiciona /webhooks/stripe.</translation>
    </message>
    <message>
        <source>stripe, found on the PATH</source>
        <translation>stripe, encontrado no PATH</translation>
    </message>
    <message>
        <source>cloudflared, found on the PATH</source>
        <translation>cloudflared, encontrado no PATH</translation>
    </message>
    <message>
        <source>ngrok, found on the PATH</source>
        <translation>ngrok, encontrado no PATH</translation>
    </message>
    <message>
        <source>Choose the tunnel program</source>
        <translation>Escolha o programa do túnel</translation>
    </message>
    <message>
        <source>Not needed: the Stripe CLI forwards events itself</source>
        <translation>Não é necessário: a Stripe CLI encaminha os eventos sozinha</translation>
    </message>
    <message>
        <source>No public address yet</source>
        <translation>Ainda sem endereço público</translation>
    </message>
    <message>
        <source>Re&amp;connect Stripe</source>
        <translation>Re&amp;conectar o Stripe</translation>
    </message>
    <message>
        <source>Talking to Stripe…</source>
        <translation>Falando com o Stripe…</translation>
    </message>
    <message>
        <source>Add your Stripe secret key in Settings → Secrets to connect.</source>
        <translation>Adicione sua chave secreta do Stripe em Configurações → Chaves para conectar.</translation>
    </message>
    <message>
        <source>The Stripe CLI forwards events itself: nothing to connect.</source>
        <translation>A Stripe CLI encaminha os eventos sozinha: nada para conectar.</translation>
    </message>
    <message>
        <source>Connected: Stripe sends sales to %1.</source>
        <translation>Conectado: o Stripe envia as vendas para %1.</translation>
    </message>
    <message>
        <source>Choose a tunnel and wait until it has an address, then connect.</source>
        <translation>Escolha um túnel, aguarde até ele ter um endereço e depois conecte.</translation>
    </message>
    <message>
        <source>Not connected yet.</source>
        <translation>Ainda não conectado.</translation>
    </message>
    <message>
        <source>Test mode: only test purchases reach Dewey; they are marked &quot;test&quot; in the sales history. Use a live key (sk_live_…) for real sales.</source>
        <translation>Modo de teste: só compras de teste chegam ao Dewey; elas aparecem marcadas como &quot;teste&quot; no histórico de vendas. Use uma chave live (sk_live_…) para vendas reais.</translation>
    </message>
    <message>
        <source>Live mode: real purchases from your store.</source>
        <translation>Modo live: compras reais da sua loja.</translation>
    </message>
    <message>
        <source>This does not look like a Stripe secret key (sk_test_…, sk_live_… or rk_…).</source>
        <translation>Isto não parece uma chave secreta do Stripe (sk_test_…, sk_live_… ou rk_…).</translation>
    </message>
    <message>
        <source>Disconnect Stripe?</source>
        <translation>Desconectar o Stripe?</translation>
    </message>
    <message>
        <source>Dewey removes the webhook endpoint it registered in your Stripe account. Sales then reach Dewey only through catch-up, every few minutes.</source>
        <translation>O Dewey remove o endpoint de webhook que registrou na sua conta do Stripe. Depois disso, as vendas só chegam ao Dewey pela recuperação, a cada poucos minutos.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
</context>
<context>
    <name>Dewey::StripeWebhookIntake</name>
    <message>
        <source>The body is not a JSON object</source>
        <translation>O corpo não é um objeto JSON</translation>
    </message>
    <message>
        <source>No Stripe API client</source>
        <translation>Nenhum cliente da API do Stripe</translation>
    </message>
    <message>
        <source>Line items cannot be fetched</source>
        <translation>Não é possível buscar os itens</translation>
    </message>
</context>
<context>
    <name>Dewey::TierEditor</name>
    <message>
        <source>Tier %1</source>
        <translation>Nível %1</translation>
    </message>
    <message>
        <source>%1 (needs a fix)</source>
        <translation>%1 (precisa de correção)</translation>
    </message>
    <message>
        <source>Tiers, first match wins</source>
        <translation>Níveis (vale o primeiro que corresponder)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Adi&amp;cionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>The first tier a sale matches gives its alert the tier&apos;s look; sales no tier matches use the default look.</source>
        <translation>O primeiro nível que corresponde a uma venda dá ao alerta o visual desse nível; vendas que não correspondem a nenhum nível usam o visual padrão.</translation>
    </message>
    <message>
        <source>Any amount</source>
        <translation>Qualquer valor</translation>
    </message>
    <message>
        <source>Any currency (or e.g. USD)</source>
        <translation>Qualquer moeda (ou ex.: USD)</translation>
    </message>
    <message>
        <source>Any product (or part of a product name)</source>
        <translation>Qualquer produto (ou parte do nome de um produto)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Default sound (type &quot;none&quot; for silence)</source>
        <translation>Som padrão (digite &quot;none&quot; para silêncio)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Marcadores: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation>No &amp;mínimo:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>M&amp;oeda:</translation>
    </message>
    <message>
        <source>&amp;Product name contains:</source>
        <translation>Nome do &amp;produto contém:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>T&amp;exto:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duração:</translation>
    </message>
    <message>
        <source>&amp;Sound:</source>
        <translation>&amp;Som:</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>&amp;Estilo:</translation>
    </message>
    <message>
        <source>Sa&amp;ve tiers</source>
        <translation>Sal&amp;var níveis</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Preview of a sale this tier matches:</source>
        <translation>Prévia de uma venda que corresponde a este nível:</translation>
    </message>
    <message>
        <source>The title uses %1, which is not a placeholder. Use %2.</source>
        <translation>O título usa %1, que não é um marcador. Use %2.</translation>
    </message>
    <message>
        <source>The text uses %1, which is not a placeholder. Use %2.</source>
        <translation>O texto usa %1, que não é um marcador. Use %2.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD, or empty for any.</source>
        <translation>A moeda precisa ser um código de três letras, como USD, ou ficar vazia para qualquer uma.</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>Novo nível</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Alert sound</source>
        <translation>Som do alerta</translation>
    </message>
    <message>
        <source>Sounds (*.ogg *.mp3 *.wav *.opus *.m4a)</source>
        <translation>Sons (*.ogg *.mp3 *.wav *.opus *.m4a)</translation>
    </message>
    <message>
        <source>&quot;gold&quot; gives big purchases golden accents and larger type</source>
        <translation>&quot;gold&quot; dá às compras grandes detalhes dourados e letras maiores</translation>
    </message>
</context>
<context>
    <name>Dewey::TrayController</name>
    <message>
        <source>Show Dewey</source>
        <translation>Mostrar o Dewey</translation>
    </message>
    <message>
        <source>Pause alerts</source>
        <translation>Pausar alertas</translation>
    </message>
    <message>
        <source>Send test alert</source>
        <translation>Enviar alerta de teste</translation>
    </message>
    <message>
        <source>Quit Dewey</source>
        <translation>Sair do Dewey</translation>
    </message>
    <message>
        <source>Shows a made-up sale on the overlay, to check OBS shows it</source>
        <translation>Mostra uma venda fictícia no overlay, para conferir se o OBS a exibe</translation>
    </message>
    <message>
        <source>Test alerts become available once the alert queue is running</source>
        <translation>Os alertas de teste ficam disponíveis quando a fila de alertas estiver rodando</translation>
    </message>
    <message>
        <source>Hide Dewey</source>
        <translation>Ocultar o Dewey</translation>
    </message>
    <message>
        <source>Resume alerts</source>
        <translation>Retomar alertas</translation>
    </message>
    <message>
        <source>Dewey — alerts paused</source>
        <translation>Dewey — alertas pausados</translation>
    </message>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Show overlay window</source>
        <translation>Mostrar janela do overlay</translation>
    </message>
    <message>
        <source>An always-on-top window on your desktop that shows the alerts too</source>
        <translation>Uma janela sempre visível na sua área de trabalho que também mostra os alertas</translation>
    </message>
</context>
<context>
    <name>Dewey::TunnelLogView</name>
    <message>
        <source>Copy log</source>
        <translation>Copiar log</translation>
    </message>
    <message>
        <source>Tunnel log</source>
        <translation>Log do túnel</translation>
    </message>
    <message>
        <source>Nothing yet: the tunnel program&apos;s output appears here.</source>
        <translation>Nada ainda: a saída do programa do túnel aparece aqui.</translation>
    </message>
    <message>
        <source>Copies the log, for example to ask for help. Secrets in it are masked.</source>
        <translation>Copia o log, por exemplo para pedir ajuda. Os segredos nele ficam mascarados.</translation>
    </message>
</context>
<context>
    <name>Dewey::TunnelSupervisor</name>
    <message>
        <source>No tunnel: Dewey checks Stripe for new sales every few minutes instead.</source>
        <translation>Sem túnel: em vez disso, o Dewey consulta o Stripe a cada poucos minutos em busca de novas vendas.</translation>
    </message>
    <message>
        <source>None (catch-up only)</source>
        <translation>Nenhum (só recuperação)</translation>
    </message>
    <message>
        <source>Stripe CLI</source>
        <translation>Stripe CLI</translation>
    </message>
    <message>
        <source>cloudflared quick tunnel</source>
        <translation>Túnel rápido do cloudflared</translation>
    </message>
    <message>
        <source>ngrok</source>
        <translation>ngrok</translation>
    </message>
    <message>
        <source>Custom command</source>
        <translation>Comando personalizado</translation>
    </message>
    <message>
        <source>My own public address</source>
        <translation>Meu próprio endereço público</translation>
    </message>
    <message>
        <source>Tunnel stopped.</source>
        <translation>Túnel parado.</translation>
    </message>
    <message>
        <source>off (catch-up only)</source>
        <translation>desligado (só recuperação)</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 parado</translation>
    </message>
    <message>
        <source>%1 starting…</source>
        <translation>%1 iniciando…</translation>
    </message>
    <message>
        <source>%1 forwarding</source>
        <translation>%1 encaminhando</translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation>%1 conectado</translation>
    </message>
    <message>
        <source>%1 restarting</source>
        <translation>%1 reiniciando</translation>
    </message>
    <message>
        <source>%1 needs attention</source>
        <translation>%1 precisa de atenção</translation>
    </message>
    <message>
        <source>No tunnel chosen: sales arrive through catch-up only.</source>
        <translation>Nenhum túnel escolhido: as vendas chegam só pela recuperação.</translation>
    </message>
    <message>
        <source>The webhook receiver is not listening, so there is nothing to tunnel to.</source>
        <translation>O receptor de webhooks não está escutando, então não há para onde apontar o túnel.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Iniciando %1…</translation>
    </message>
    <message>
        <source>%1 is forwarding Stripe&apos;s events to Dewey.</source>
        <translation>%1 está encaminhando os eventos do Stripe para o Dewey.</translation>
    </message>
    <message>
        <source>Stripe can reach Dewey at %1</source>
        <translation>O Stripe consegue acessar o Dewey em %1</translation>
    </message>
    <message>
        <source>%1 stopped.</source>
        <translation>%1 parou.</translation>
    </message>
    <message>
        <source>Restarting in %1 s.</source>
        <translation>Reiniciando em %1 s.</translation>
    </message>
    <message>
        <source>Stored the Stripe CLI&apos;s signing secret as the webhook signing secret.</source>
        <translation>O segredo de assinatura da Stripe CLI foi guardado como segredo de assinatura do webhook.</translation>
    </message>
    <message>
        <source>Tunnel settings changed.</source>
        <translation>Configurações do túnel alteradas.</translation>
    </message>
</context>
<context>
    <name>DeweyApp</name>
    <message>
        <source>Dewey cannot start</source>
        <translation>O Dewey não consegue iniciar</translation>
    </message>
    <message>
        <source>Dewey: store sale alerts and a notes assistant for livestreamers.</source>
        <translation>Dewey: alertas de vendas da sua loja e um assistente de notas para streamers.</translation>
    </message>
    <message>
        <source>Use DIR as the data folder.</source>
        <translation>Usa PASTA como pasta de dados.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>PASTA</translation>
    </message>
    <message>
        <source>Start in the tray, without the window.</source>
        <translation>Inicia na bandeja, sem a janela.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra esta ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostra a versão.</translation>
    </message>
    <message>
        <source>Run &apos;dewey --help&apos; for usage.</source>
        <translation>Execute &apos;dewey --help&apos; para ver o uso.</translation>
    </message>
    <message>
        <source>Dewey is already running; bringing its window to the front.</source>
        <translation>O Dewey já está rodando; trazendo a janela para a frente.</translation>
    </message>
    <message>
        <source>Servers not started</source>
        <translation>Servidores não iniciados</translation>
    </message>
    <message>
        <source>dewey-cli serve is already running with this data folder (%1). Stop it first, or start Dewey with another data folder.</source>
        <translation>O dewey-cli serve já está rodando com esta pasta de dados (%1). Pare-o primeiro ou abra o Dewey com outra pasta de dados.</translation>
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
        <translation>O banco de dados de notas não está aberto.</translation>
    </message>
</context>
<context>
    <name>FileSecretBackend</name>
    <message>
        <source>The secrets file %1 can be read or changed by other users of this computer (permissions %2). Dewey will not use it. Make it private with &quot;chmod 600&quot;, or delete it and enter your keys again.</source>
        <translation>O arquivo de segredos %1 pode ser lido ou alterado por outros usuários deste computador (permissões %2). O Dewey não vai usá-lo. Torne-o privado com &quot;chmod 600&quot; ou apague-o e informe suas chaves de novo.</translation>
    </message>
    <message>
        <source>Could not read the secrets file %1: %2</source>
        <translation>Não foi possível ler o arquivo de segredos %1: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged. Delete it and enter your keys again.</source>
        <translation>O arquivo de segredos %1 está danificado. Apague-o e informe suas chaves de novo.</translation>
    </message>
    <message>
        <source>Could not create the folder for the secrets file %1.</source>
        <translation>Não foi possível criar a pasta do arquivo de segredos %1.</translation>
    </message>
    <message>
        <source>Could not create the secrets file %1: %2</source>
        <translation>Não foi possível criar o arquivo de segredos %1: %2</translation>
    </message>
    <message>
        <source>Could not delete the secrets file %1.</source>
        <translation>Não foi possível apagar o arquivo de segredos %1.</translation>
    </message>
    <message>
        <source>Could not write the secrets file %1: %2</source>
        <translation>Não foi possível gravar o arquivo de segredos %1: %2</translation>
    </message>
</context>
<context>
    <name>LaunchAgentAutostart</name>
    <message>
        <source>Dewey could not remove %1.</source>
        <translation>O Dewey não conseguiu remover %1.</translation>
    </message>
    <message>
        <source>Dewey could not create the folder %1.</source>
        <translation>O Dewey não conseguiu criar a pasta %1.</translation>
    </message>
    <message>
        <source>Dewey could not write %1: %2</source>
        <translation>O Dewey não conseguiu gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>NotesCommand</name>
    <message>
        <source>Add, list, search, edit, delete, import and export notes.</source>
        <translation>Adiciona, lista, pesquisa, edita, apaga, importa e exporta notas.</translation>
    </message>
    <message>
        <source>add TEXT | list | search QUERY | edit ID TEXT | delete ID | restore ID | import PATH | export [PATH]. TEXT &quot;-&quot; reads the note from standard input; PATH &quot;-&quot; means standard input/output.</source>
        <translation>add TEXTO | list | search CONSULTA | edit ID TEXTO | delete ID | restore ID | import CAMINHO | export [CAMINHO]. TEXTO &quot;-&quot; lê a nota da entrada padrão; CAMINHO &quot;-&quot; significa entrada/saída padrão.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Imprime o resultado como JSON.</translation>
    </message>
    <message>
        <source>At most N notes (search: default %1; list: all).</source>
        <translation>No máximo N notas (search: padrão %1; list: todas).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>File format for import/export: jsonl or markdown (default: from the file name; export to standard output: jsonl).</source>
        <translation>Formato de arquivo para importar/exportar: jsonl ou markdown (padrão: pelo nome do arquivo; exportação para a saída padrão: jsonl).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>search: match words only, even when notes can be found by meaning.</source>
        <translation>search: busca só por palavras, mesmo quando as notas podem ser encontradas pelo significado.</translation>
    </message>
    <message>
        <source>say what to do: add, list, search, edit, delete, restore, import or export. Run &apos;dewey-cli notes --help&apos; for usage.</source>
        <translation>diga o que fazer: add, list, search, edit, delete, restore, import ou export. Execute &apos;dewey-cli notes --help&apos; para ver o uso.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;. Run &apos;dewey-cli notes --help&apos; for usage.</source>
        <translation>ação desconhecida &apos;%1&apos;. Execute &apos;dewey-cli notes --help&apos; para ver o uso.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit recebe um número positivo.</translation>
    </message>
    <message>
        <source>add needs the note&apos;s text, e.g. dewey-cli notes add &quot;Airbnb code 4412&quot;.</source>
        <translation>add precisa do texto da nota, ex.: dewey-cli notes add &quot;Código do Airbnb 4412&quot;.</translation>
    </message>
    <message>
        <source>list takes no arguments (did you mean search?).</source>
        <translation>list não recebe argumentos (você quis dizer search?).</translation>
    </message>
    <message>
        <source>search needs words to look for, e.g. dewey-cli notes search &quot;airbnb code&quot;.</source>
        <translation>search precisa de palavras para procurar, ex.: dewey-cli notes search &quot;código airbnb&quot;.</translation>
    </message>
    <message>
        <source>edit needs a note id and the new text, e.g. dewey-cli notes edit 12 &quot;new text&quot;.</source>
        <translation>edit precisa do id de uma nota e do novo texto, ex.: dewey-cli notes edit 12 &quot;novo texto&quot;.</translation>
    </message>
    <message>
        <source>delete needs one note id, e.g. dewey-cli notes delete 12.</source>
        <translation>delete precisa de um id de nota, ex.: dewey-cli notes delete 12.</translation>
    </message>
    <message>
        <source>Deleted note %1. To undo: dewey-cli notes restore %1</source>
        <translation>Nota %1 apagada. Para desfazer: dewey-cli notes restore %1</translation>
    </message>
    <message>
        <source>restore needs one note id, e.g. dewey-cli notes restore 12.</source>
        <translation>restore precisa de um id de nota, ex.: dewey-cli notes restore 12.</translation>
    </message>
    <message>
        <source>import needs one file or folder, e.g. dewey-cli notes import notes.jsonl.</source>
        <translation>import precisa de um arquivo ou pasta, ex.: dewey-cli notes import notes.jsonl.</translation>
    </message>
    <message>
        <source>%1 holds no .md or .jsonl files.</source>
        <translation>%1 não contém arquivos .md ou .jsonl.</translation>
    </message>
    <message>
        <source>cannot tell the format of %1; add --format jsonl or --format markdown.</source>
        <translation>não é possível identificar o formato de %1; adicione --format jsonl ou --format markdown.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>%1 ignorado</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s)</source>
        <translation>
            <numerusform>%n nota importada</numerusform>
            <numerusform>%n notas importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n duplicada ignorada</numerusform>
            <numerusform>, %n duplicadas ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n entry(ies) not readable</source>
        <translation>
            <numerusform>, %n entrada ilegível</numerusform>
            <numerusform>, %n entradas ilegíveis</numerusform>
        </translation>
    </message>
    <message>
        <source>export takes at most one file, e.g. dewey-cli notes export notes.jsonl.</source>
        <translation>export recebe no máximo um arquivo, ex.: dewey-cli notes export notes.jsonl.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>%n nota exportada para %1.</numerusform>
            <numerusform>%n notas exportadas para %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesFileFormats</name>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>no &quot;text&quot;</source>
        <translation>sem &quot;text&quot;</translation>
    </message>
    <message>
        <source>&quot;createdAt&quot; is not a date and time (use ISO 8601, e.g. 2026-03-03T14:05:00Z)</source>
        <translation>&quot;createdAt&quot; não é uma data e hora (use ISO 8601, ex.: 2026-03-03T14:05:00Z)</translation>
    </message>
    <message>
        <source>line %1: a note without text</source>
        <translation>linha %1: uma nota sem texto</translation>
    </message>
</context>
<context>
    <name>OpenAiEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a URL such as %2 or http://localhost:11434/v1.</source>
        <translation>&quot;%1&quot; não é um endereço de servidor. Use uma URL como %2 ou http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>The base URL must not contain &quot;?&quot; or &quot;#&quot;: &quot;%1&quot;.</source>
        <translation>A URL base não pode conter &quot;?&quot; nem &quot;#&quot;: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>OpenAiErrorClassifier</name>
    <message>
        <source>%1 refused the API key. Check the OpenAI API key in Settings.</source>
        <translation>%1 recusou a chave de API. Confira a chave de API da OpenAI em Configurações.</translation>
    </message>
    <message>
        <source>%1 does not let this API key use the chosen model. Check the key&apos;s permissions and the model in Settings.</source>
        <translation>%1 não permite que esta chave de API use o modelo escolhido. Confira as permissões da chave e o modelo em Configurações.</translation>
    </message>
    <message>
        <source>%1 does not know the model or the address Dewey asked for. Check the model name and the base URL in Settings (it usually ends in /v1).</source>
        <translation>%1 não reconhece o modelo ou o endereço que o Dewey pediu. Confira o nome do modelo e a URL base em Configurações (ela geralmente termina em /v1).</translation>
    </message>
    <message>
        <source>Your OpenAI account has run out of credit or reached its spending limit. Add credit or raise the limit on platform.openai.com (Billing); trying again will not help until then.</source>
        <translation>Sua conta da OpenAI ficou sem crédito ou atingiu o limite de gastos. Adicione crédito ou aumente o limite em platform.openai.com (Billing); até lá, tentar de novo não vai adiantar.</translation>
    </message>
    <message>
        <source>%1 is limiting how often Dewey may ask. Try again in a moment.</source>
        <translation>%1 está limitando a frequência com que o Dewey pode perguntar. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>%1 had a problem answering (HTTP %2). Try again in a moment.</source>
        <translation>%1 teve um problema ao responder (HTTP %2). Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2). Check the model and base URL in Settings.</source>
        <translation>%1 rejeitou a requisição (HTTP %2). Confira o modelo e a URL base em Configurações.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2, which is not a chat answer. Check the base URL in Settings.</source>
        <translation>%1 respondeu com HTTP %2, que não é uma resposta de chat. Confira a URL base em Configurações.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost in the middle of the answer. Try again.</source>
        <translation>A conexão com %1 caiu no meio da resposta. Tente de novo.</translation>
    </message>
    <message>
        <source>%1 refused the connection. If it is a local server, check that it is running and that the base URL in Settings has the right port.</source>
        <translation>%1 recusou a conexão. Se for um servidor local, verifique se ele está rodando e se a URL base em Configurações tem a porta certa.</translation>
    </message>
    <message>
        <source>Dewey could not find %1. Check your internet connection and the base URL in Settings.</source>
        <translation>O Dewey não encontrou %1. Verifique sua conexão com a internet e a URL base em Configurações.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>%1 não respondeu a tempo. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Dewey could not set up a secure connection to %1. Check the base URL in Settings.</source>
        <translation>O Dewey não conseguiu estabelecer uma conexão segura com %1. Confira a URL base em Configurações.</translation>
    </message>
    <message>
        <source>Dewey could not reach %1. Check your internet connection and try again.</source>
        <translation>O Dewey não conseguiu acessar %1. Verifique sua conexão com a internet e tente de novo.</translation>
    </message>
    <message>
        <source>%1 reported an error while answering. Try again in a moment.</source>
        <translation>%1 relatou um erro ao responder. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>%1 stopped sending the answer for %2 seconds. Try again.</source>
        <translation>%1 parou de enviar a resposta por %2 segundos. Tente de novo.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Try again in a moment.</source>
        <translation>%1 não respondeu em %2 segundos. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>%1 sent something that is not a chat answer. Check that the base URL in Settings points at an OpenAI-compatible API (it usually ends in /v1).</source>
        <translation>%1 enviou algo que não é uma resposta de chat. Verifique se a URL base em Configurações aponta para uma API compatível com a OpenAI (ela geralmente termina em /v1).</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one in Settings, or set a base URL for a local server that needs no key.</source>
        <translation>Nenhuma chave de API da OpenAI foi definida. Adicione uma em Configurações ou defina a URL base de um servidor local que não precise de chave.</translation>
    </message>
</context>
<context>
    <name>OverlayTokenRegenerator</name>
    <message>
        <source>Regenerate the overlay URL?</source>
        <translation>Gerar uma nova URL do overlay?</translation>
    </message>
    <message>
        <source>The current overlay URL stops working at once: OBS shows no alerts until you paste the new URL into its Browser Source.</source>
        <translation>A URL atual do overlay para de funcionar na hora: o OBS não mostra alertas até você colar a nova URL na fonte de navegador.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Gerar nova</translation>
    </message>
</context>
<context>
    <name>RunKeyAutostart</name>
    <message>
        <source>Dewey could not change %1.</source>
        <translation>O Dewey não conseguiu alterar %1.</translation>
    </message>
</context>
<context>
    <name>SalesCommand</name>
    <message>
        <source>List the recorded Stripe sales: &apos;sales list [--json] [--since ISO]&apos;.</source>
        <translation>Lista as vendas do Stripe registradas: &apos;sales list [--json] [--since ISO]&apos;.</translation>
    </message>
    <message>
        <source>List the sales, newest first.</source>
        <translation>Lista as vendas, das mais recentes para as mais antigas.</translation>
    </message>
    <message>
        <source>Print JSON (an array of sales) instead of a table.</source>
        <translation>Imprime JSON (uma lista de vendas) em vez de uma tabela.</translation>
    </message>
    <message>
        <source>Only sales made at or after TIME (ISO 8601, e.g. 2024-05-01 or 2024-05-01T20:00:00Z).</source>
        <translation>Só as vendas feitas em DATA ou depois (ISO 8601, ex.: 2024-05-01 ou 2024-05-01T20:00:00Z).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>missing subcommand; use &apos;sales list&apos;.</source>
        <translation>falta o subcomando; use &apos;sales list&apos;.</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;; use &apos;sales list&apos;.</source>
        <translation>subcomando desconhecido &apos;%1&apos;; use &apos;sales list&apos;.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date or time (for example 2024-05-01T20:00:00Z).</source>
        <translation>&apos;%1&apos; não é uma data ou hora ISO 8601 (por exemplo, 2024-05-01T20:00:00Z).</translation>
    </message>
    <message>
        <source>Cannot read the sales ledger: %1</source>
        <translation>Não é possível ler o registro de vendas: %1</translation>
    </message>
    <message>
        <source>No sales recorded yet.</source>
        <translation>Nenhuma venda registrada ainda.</translation>
    </message>
    <message>
        <source>[test]</source>
        <translation>[teste]</translation>
    </message>
</context>
<context>
    <name>SalesCsvExporter</name>
    <message>
        <source>Cannot read the sales: %1</source>
        <translation>Não é possível ler as vendas: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>SalesTools</name>
    <message>
        <source>Unknown period &quot;%1&quot;; use one of: %2.</source>
        <translation>Período desconhecido &quot;%1&quot;; use um destes: %2.</translation>
    </message>
    <message>
        <source>The sales ledger could not be read: %1</source>
        <translation>Não foi possível ler o registro de vendas: %1</translation>
    </message>
    <message>
        <source>Looked up sales (%1)</source>
        <translation>Vendas consultadas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Looked up the %n latest sales</source>
        <translation>
            <numerusform>Últimas vendas consultadas: %n</numerusform>
            <numerusform>Últimas vendas consultadas: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Run the overlay server and the webhook receiver without a window.</source>
        <translation>Roda o servidor do overlay e o receptor de webhooks sem janela.</translation>
    </message>
    <message>
        <source>Serve the overlay on port N (0 picks a free port).</source>
        <translation>Serve o overlay na porta N (0 escolhe uma porta livre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Receive Stripe webhooks on port N (0 picks a free port).</source>
        <translation>Recebe os webhooks do Stripe na porta N (0 escolhe uma porta livre).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>a port must be a number from 0 to 65535.</source>
        <translation>a porta precisa ser um número de 0 a 65535.</translation>
    </message>
    <message>
        <source>Dewey is already running with the data folder %1. Stop it first, or use another folder with --data-dir.</source>
        <translation>O Dewey já está rodando com a pasta de dados %1. Feche-o primeiro ou use outra pasta com --data-dir.</translation>
    </message>
    <message>
        <source>the overlay and webhook ports must differ.</source>
        <translation>as portas do overlay e do webhook precisam ser diferentes.</translation>
    </message>
</context>
<context>
    <name>StripeEventMapper</name>
    <message>
        <source>Thin events are not supported; use a snapshot event destination</source>
        <translation>Eventos thin não são suportados; use um destino de eventos snapshot</translation>
    </message>
    <message>
        <source>Not a Stripe event (no id or type)</source>
        <translation>Não é um evento do Stripe (sem id ou type)</translation>
    </message>
    <message>
        <source>Not a Stripe event (no data.object or created)</source>
        <translation>Não é um evento do Stripe (sem data.object ou created)</translation>
    </message>
    <message>
        <source>PaymentIntent sales are turned off (Checkout and invoices report these)</source>
        <translation>Vendas por PaymentIntent estão desativadas (o Checkout e as faturas já as informam)</translation>
    </message>
    <message>
        <source>Event type %1 is not used by Dewey</source>
        <translation>O tipo de evento %1 não é usado pelo Dewey</translation>
    </message>
    <message>
        <source>The %1 has no usable amount or currency</source>
        <translation>O evento %1 não tem valor ou moeda utilizável</translation>
    </message>
    <message>
        <source>Setup-mode Checkout Sessions are not purchases</source>
        <translation>Checkout Sessions no modo setup não são compras</translation>
    </message>
    <message>
        <source>The Checkout Session is not paid yet (%1)</source>
        <translation>A Checkout Session ainda não foi paga (%1)</translation>
    </message>
    <message>
        <source>The Checkout Session has no id or amount_total</source>
        <translation>A Checkout Session não tem id nem amount_total</translation>
    </message>
    <message>
        <source>The invoice has no id or amount_paid</source>
        <translation>A fatura não tem id nem amount_paid</translation>
    </message>
    <message>
        <source>Nothing was paid on this invoice (a trial or a fully discounted one)</source>
        <translation>Nada foi pago nesta fatura (um período de teste ou um desconto total)</translation>
    </message>
    <message>
        <source>The PaymentIntent has no id or amount</source>
        <translation>O PaymentIntent não tem id nem valor</translation>
    </message>
    <message>
        <source>The charge is only authorised, not captured</source>
        <translation>A cobrança está apenas autorizada, não capturada</translation>
    </message>
    <message>
        <source>The charge has no id or amount</source>
        <translation>A cobrança não tem id nem valor</translation>
    </message>
    <message>
        <source>Partial refund: the sale stays recorded</source>
        <translation>Reembolso parcial: a venda continua registrada</translation>
    </message>
</context>
<context>
    <name>StripeSignature</name>
    <message>
        <source>No Stripe-Signature header</source>
        <translation>Sem cabeçalho Stripe-Signature</translation>
    </message>
    <message>
        <source>Unable to extract timestamp and signatures from header</source>
        <translation>Não foi possível extrair o carimbo de data/hora e as assinaturas do cabeçalho</translation>
    </message>
    <message>
        <source>No signatures found with expected scheme</source>
        <translation>Nenhuma assinatura encontrada com o esquema esperado</translation>
    </message>
    <message>
        <source>No webhook signing secret is configured</source>
        <translation>Nenhum segredo de assinatura de webhook configurado</translation>
    </message>
    <message>
        <source>No signatures found matching the expected signature for payload</source>
        <translation>Nenhuma assinatura encontrada que corresponda à assinatura esperada para o conteúdo</translation>
    </message>
    <message>
        <source>Timestamp outside the tolerance zone (%1 s old, %2 s allowed)</source>
        <translation>Carimbo de data/hora fora da tolerância (%1 s de idade, %2 s permitidos)</translation>
    </message>
</context>
<context>
    <name>XdgAutostart</name>
    <message>
        <source>Dewey could not remove %1.</source>
        <translation>O Dewey não conseguiu remover %1.</translation>
    </message>
    <message>
        <source>Dewey could not create the folder %1.</source>
        <translation>O Dewey não conseguiu criar a pasta %1.</translation>
    </message>
    <message>
        <source>Dewey could not write %1: %2</source>
        <translation>O Dewey não conseguiu gravar %1: %2</translation>
    </message>
</context>
</TS>
