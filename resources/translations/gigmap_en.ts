<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>gig::Alerts</name>
    <message numerus="yes">
        <source>%n new gig(s) of my artists around %1</source>
        <translation>
            <numerusform>%n new gig of my artists around %1</numerusform><numerusform>%n new gigs of my artists around %1</numerusform></translation>
    </message>
</context>
<context>
    <name>gig::CacheDatabase</name>
    <message numerus="yes">
        <source>gigmap cannot reach the shared cache %1 (%2). It goes on with what it holds and keeps what it fetches until the cache is back; it tries again in %n second(s).</source>
        <translation>
            <numerusform>gigmap cannot reach the shared cache %1 (%2). It goes on with what it holds and keeps what it fetches until the cache is back; it tries again in %n second.</numerusform><numerusform>gigmap cannot reach the shared cache %1 (%2). It goes on with what it holds and keeps what it fetches until the cache is back; it tries again in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>gig::ExportCommand</name>
    <message numerus="yes">
        <source>%n latest release(s) could not be read yet; asking again until the timeout.</source>
        <translation>
            <numerusform>%n latest release could not be read yet; asking again until the timeout.</numerusform><numerusform>%n latest releases could not be read yet; asking again until the timeout.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n gig(s)</source>
        <translation>
            <numerusform>%n gig</numerusform><numerusform>%n gigs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n release(s)</source>
        <extracomment>%1 releases known of %n in all.</extracomment>
        <translation>
            <numerusform>%1 of %n release</numerusform><numerusform>%1 of %n releases</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) queued</source>
        <translation>
            <numerusform>%n request queued</numerusform><numerusform>%n requests queued</numerusform></translation>
    </message>
</context>
<context>
    <name>gig::GigCountLabel</name>
    <message numerus="yes">
        <source>%n gig(s)</source>
        <translation>
            <numerusform>%n gig</numerusform><numerusform>%n gigs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n hidden by the filter</source>
        <extracomment>%1 is "N gigs shown"; %n of them are hidden by the filter.</extracomment>
        <translation>
            <numerusform>%1 · %n hidden by the filter</numerusform><numerusform>%1 · %n hidden by the filter</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n gig(s) shown</source>
        <translation>
            <numerusform>%n gig shown</numerusform><numerusform>%n gigs shown</numerusform></translation>
    </message>
</context>
<context>
    <name>gig::LastFmImport</name>
    <message numerus="yes">
        <source>Last.fm lists %n artist(s) %1 played most; %2 of them are new in my artists.</source>
        <translation>
            <numerusform>Last.fm lists %n artist %1 played most; %2 of them are new in my artists.</numerusform><numerusform>Last.fm lists %n artists %1 played most; %2 of them are new in my artists.</numerusform></translation>
    </message>
</context>
<context>
    <name>gig::ListenBrainzImport</name>
    <message numerus="yes">
        <source>ListenBrainz lists the %n artist(s) %1 listened to most; %2 of them are new in my artists.</source>
        <translation>
            <numerusform>ListenBrainz lists the %n artist %1 listened to most; %2 of them are new in my artists.</numerusform><numerusform>ListenBrainz lists the %n artists %1 listened to most; %2 of them are new in my artists.</numerusform></translation>
    </message>
</context>
<context>
    <name>gig::LocationWatch</name>
    <message numerus="yes">
        <source>Some pages of gigs from %1 could not be read (%n missing); the others are shown and gigmap asks again in %2.</source>
        <translation>
            <numerusform>Some pages of gigs from %1 could not be read (%n missing); the others are shown and gigmap asks again in %2.</numerusform><numerusform>Some pages of gigs from %1 could not be read (%n missing); the others are shown and gigmap asks again in %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>gig::MainWindow</name>
    <message numerus="yes">
        <source>Wrote %n gig(s) to %1</source>
        <translation>
            <numerusform>Wrote %n gig to %1</numerusform><numerusform>Wrote %n gigs to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>gig::MapView</name>
    <message numerus="yes">
        <source>Zoom %1, %n gig(s) in view.</source>
        <extracomment>Read out by a screen reader: %1 is the zoom level; the number of gigs follows.</extracomment>
        <translation>
            <numerusform>Zoom %1, %n gig in view.</numerusform><numerusform>Zoom %1, %n gigs in view.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n gig(s)</source>
        <extracomment>A map marker of one venue, read out by a screen reader.</extracomment>
        <translation>
            <numerusform>%1: %n gig</numerusform><numerusform>%1: %n gigs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A group of %n gig(s)</source>
        <extracomment>A map marker that gathers several gigs, read out by a screen reader.</extracomment>
        <translation>
            <numerusform>A group of %n gig</numerusform><numerusform>A group of %n gigs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n gig(s) here: click to list them</source>
        <translation>
            <numerusform>%n gig here: click to list them</numerusform><numerusform>%n gigs here: click to list them</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n gig(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n gig&lt;/b&gt;</numerusform><numerusform>&lt;b&gt;%n gigs&lt;/b&gt;</numerusform></translation>
    </message>
</context>
<context>
    <name>gig::MusicLibraryImport</name>
    <message numerus="yes">
        <source>Skipped %n file(s) that could not be read.</source>
        <translation>
            <numerusform>Skipped %n file that could not be read.</numerusform><numerusform>Skipped %n files that could not be read.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Found %n music file(s).</source>
        <translation>
            <numerusform>Found %n music file.</numerusform><numerusform>Found %n music files.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Read %n new or changed file(s).</source>
        <translation>
            <numerusform>Read %n new or changed file.</numerusform><numerusform>Read %n new or changed files.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Added %n artist(s) to my artists.</source>
        <translation>
            <numerusform>Added %n artist to my artists.</numerusform><numerusform>Added %n artists to my artists.</numerusform></translation>
    </message>
</context>
<context>
    <name>gig::MyArtistsDialog</name>
    <message numerus="yes">
        <source>Removed %n artist(s) from my artists.</source>
        <translation>
            <numerusform>Removed %n artist from my artists.</numerusform><numerusform>Removed %n artists from my artists.</numerusform></translation>
    </message>
</context>
<context>
    <name>gig::PositionService</name>
    <message numerus="yes">
        <source>No position available: the positioning service did not answer within %n s. Pick a place on the map or search for one.</source>
        <translation>
            <numerusform>No position available: the positioning service did not answer within %n s. Pick a place on the map or search for one.</numerusform><numerusform>No position available: the positioning service did not answer within %n s. Pick a place on the map or search for one.</numerusform></translation>
    </message>
</context>
<context>
    <name>gig::ReleaseProgressBar</name>
    <message numerus="yes">
        <source>%1 of %n release(s)</source>
        <extracomment>%1 releases known of %n in all.</extracomment>
        <translation>
            <numerusform>%1 of %n release</numerusform><numerusform>%1 of %n releases</numerusform></translation>
    </message>
</context>
<context>
    <name>gig::SourceError</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
</context>
<context>
    <name>gig::StatusPanel</name>
    <message numerus="yes">
        <source>%n gig(s)</source>
        <translation>
            <numerusform>%n gig</numerusform><numerusform>%n gigs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 lists %n gig(s) here.</source>
        <translation>
            <numerusform>%1 lists %n gig here.</numerusform><numerusform>%1 lists %n gigs here.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) queued</source>
        <translation>
            <numerusform>%n request queued</numerusform><numerusform>%n requests queued</numerusform></translation>
    </message>
</context>
</TS>