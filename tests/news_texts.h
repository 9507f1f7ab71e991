// Short news texts shared by the graph and server tests: one event reported by
// two sources (a monitor and a ministry), and a corrected version of the
// ministry's article.
#ifndef CLAIMGRAPH_TESTS_NEWS_TEXTS_H_
#define CLAIMGRAPH_TESTS_NEWS_TEXTS_H_

namespace claimgraph::testing {

inline constexpr char kMonitorText[] =
    "The Syrian Observatory for Human Rights said 40 people were killed in the "
    "strike on Aleppo, most of them civilians.\n\nRescue teams were still "
    "searching the rubble on Tuesday.\n";
// A figure that differs from the monitor's, and a speaker and a place no other
// text has.
inline constexpr char kMinistryText[] =
    "The Russian Defence Ministry said 12 people were killed in the strike on "
    "Aleppo.\n\nMajor General Igor Konashenkov said the jets had struck a "
    "weapons depot near Homs.\n\nThe ministry gave no further details.\n";
// The ministry's article corrected: the figure and Konashenkov's statement gone.
inline constexpr char kMinistryCorrectedText[] =
    "The Russian Defence Ministry said its aircraft had not flown over the city "
    "of Aleppo that day.\n\nThe ministry gave no further details.\n";

}  // namespace claimgraph::testing

#endif  // CLAIMGRAPH_TESTS_NEWS_TEXTS_H_
