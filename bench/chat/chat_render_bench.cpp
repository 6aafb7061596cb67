// Streams generated answers token by token into a QTextBrowser, the way the chat shows them, and
// measures the UI work per update (render + layout) for two strategies in the same run:
//   naive:       document->setMarkdown(whole answer so far) on every update
//   incremental: MarkdownStreamRenderer::setText(whole answer so far) (finished blocks kept)
// The naive strategy is sampled at evenly spaced points of the answer (its cost grows with the
// length, so every token would take minutes at 20 KB); the incremental one runs every token.

#include "dewey/ChatMessageView.h"
#include "dewey/CitationLinker.h"
#include "dewey/MarkdownStreamRenderer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextBrowser>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Dewey;

namespace {

// A Markdown answer of about `bytes` bytes with what answers contain: paragraphs with emphasis and
// citations, lists, a table, a code block.
QString answerOfSize(qsizetype bytes)
{
    const QStringList pieces = {
        QStringLiteral("The Airbnb lock code is **4821** and the Wi-Fi password is `sunset-42` [note:12]. "
                       "You changed the code on *Monday*; before that it was 1234 [note:7].\n\n"),
        QStringLiteral("Your mods this week:\n\n- Ana (timeouts and raids)\n- Bo (clips)\n- Cy (the "
                       "Discord, since March) [note:31]\n\n"),
        QStringLiteral(
            "| buyer | items | total |\n|---|---|---:|\n| Ana | hoodie (L) | $45.00 |\n| Bo | mug, "
            "stickers | $22.50 |\n| Cy | sub gift | $4.99 |\n\n"),
        QStringLiteral("To reload the overlay in OBS:\n\n```\nRight-click the Browser source → Refresh cache "
                       "of current page\n```\n\n"),
        QStringLiteral("## Merch\n\nHoodies come in S–XL; the sponsor code **DEWEY10** takes 10% off until "
                       "the end of the month [note:44, note:45]. Your notes don't say when the next "
                       "drop is.\n\n"),
    };
    QString text;
    for (int i = 0; text.toUtf8().size() < bytes; ++i)
        text += pieces.at(i % pieces.size());
    return text;
}

// Token-sized pieces (about 4 characters, cut at spaces when possible), like a model's deltas.
QStringList tokens(const QString& text)
{
    QStringList out;
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype end = std::min(text.size(), at + 4);
        const qsizetype space = text.indexOf(QLatin1Char(' '), at + 1);
        if (space > at && space < at + 8)
            end = space;
        out.append(text.mid(at, end - at));
        at = end;
    }
    return out;
}

struct Stats
{
    double meanMs = 0;
    double p95Ms = 0;
    double lastTenthMeanMs = 0; // the updates near the end of the answer, where re-rendering hurts most
};

Stats statsOf(std::vector<double> samples)
{
    Stats stats;
    if (samples.empty())
        return stats;
    double sum = 0;
    for (double s : samples)
        sum += s;
    stats.meanMs = sum / double(samples.size());
    const size_t tenth = std::max<size_t>(1, samples.size() / 10);
    double tail = 0;
    for (size_t i = samples.size() - tenth; i < samples.size(); ++i)
        tail += samples[i];
    stats.lastTenthMeanMs = tail / double(tenth);
    std::sort(samples.begin(), samples.end());
    stats.p95Ms = samples[std::min(samples.size() - 1, size_t(double(samples.size()) * 0.95))];
    return stats;
}

// CPU time of this thread in ms: on the shared 2-core machine, wall time also counts the time slices
// other processes get (steps of the kernel's 4 ms tick), which is not work the UI does.
double threadCpuMs()
{
#ifdef Q_OS_UNIX
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
#else
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return double(clock.nsecsElapsed()) / 1e6;
#endif
}

// One update: citations turned into links, render, then lay out (what the widget needs before it
// can paint).
template <typename Render>
double timeUpdate(QTextBrowser& view, Render render)
{
    const double start = threadCpuMs();
    render();
    view.document()->size(); // forces the layout of what changed
    return threadCpuMs() - start;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    out << "Per-update UI cost while streaming an answer (render + layout in a 640 px QTextBrowser; "
           "UI-thread CPU time)\n";
    out << "size    tokens  naive mean / p95 / end (ms)     incremental mean / p95 / end (ms)  ratio (mean) "
           "ratio (end)\n";
    for (const qsizetype size : {1024, 6 * 1024, 20 * 1024}) {
        const QString answer = answerOfSize(size);
        const QStringList pieces = tokens(answer);

        QTextBrowser naiveView;
        naiveView.resize(640, 480);
        naiveView.document()->setTextWidth(640);
        std::vector<double> naive;
        const qsizetype step = std::max<qsizetype>(1, pieces.size() / 80);
        QString text;
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            text += pieces.at(i);
            if (i % step != 0 && i != pieces.size() - 1)
                continue;
            naive.push_back(timeUpdate(naiveView, [&] {
                naiveView.document()->setMarkdown(CitationLinker::linkAll(text),
                                                  MarkdownStreamRenderer::kFeatures);
            }));
        }

        QTextBrowser streamedView;
        streamedView.resize(640, 480);
        streamedView.document()->setTextWidth(640);
        MarkdownStreamRenderer renderer(streamedView.document());
        CitationLinker linker;
        std::vector<double> incremental;
        text.clear();
        for (const QString& piece : pieces) {
            text += piece;
            incremental.push_back(timeUpdate(streamedView, [&] { renderer.setText(linker.link(text)); }));
        }

        if (naiveView.document()->toHtml() != streamedView.document()->toHtml())
            out << "WARNING: the two strategies ended with different documents\n";
        const Stats a = statsOf(naive);
        const Stats b = statsOf(incremental);
        out << QStringLiteral("%1 KB  %2  %3 / %4 / %5      %6 / %7 / %8      %9x   %10x\n")
                   .arg(answer.toUtf8().size() / 1024, 2)
                   .arg(pieces.size(), 6)
                   .arg(a.meanMs, 7, 'f', 2)
                   .arg(a.p95Ms, 7, 'f', 2)
                   .arg(a.lastTenthMeanMs, 7, 'f', 2)
                   .arg(b.meanMs, 6, 'f', 3)
                   .arg(b.p95Ms, 6, 'f', 3)
                   .arg(b.lastTenthMeanMs, 6, 'f', 3)
                   .arg(a.meanMs / b.meanMs, 6, 'f', 1)
                   .arg(a.lastTenthMeanMs / b.lastTenthMeanMs, 6, 'f', 1);
        out.flush();
    }
    out << "At most one update every " << ChatMessageView::kUpdateIntervalMs
        << " ms in the app (tokens arriving meanwhile are coalesced), so per-token cost above is the "
           "cost of one UI update.\n";
    return 0;
}
