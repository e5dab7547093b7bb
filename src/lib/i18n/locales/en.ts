import type { Locale } from '../locale.ts';

/**
 * Every word Sitrep itself writes, in English: the source every other locale translates, key for
 * key. `{name}` is a placeholder; an object of plural categories is chosen by `{count}`.
 */
export const messages = {
  // The page's overall status, as its headline (the Statuspage API keeps its own English words).
  'indicator.none': 'All Systems Operational',
  'indicator.minor': 'Minor Service Outage',
  'indicator.major': 'Partial System Outage',
  'indicator.critical': 'Major System Outage',
  'indicator.maintenance': 'Service Under Maintenance',

  // A component's status, beside its name.
  'componentStatus.operational': 'Operational',
  'componentStatus.degraded_performance': 'Degraded performance',
  'componentStatus.partial_outage': 'Partial outage',
  'componentStatus.major_outage': 'Major outage',
  'componentStatus.under_maintenance': 'Under maintenance',

  // The same inside a sentence and on badges (English writes them in lower case there).
  'componentStatusInline.operational': 'operational',
  'componentStatusInline.degraded_performance': 'degraded performance',
  'componentStatusInline.partial_outage': 'partial outage',
  'componentStatusInline.major_outage': 'major outage',
  'componentStatusInline.under_maintenance': 'under maintenance',

  // The page's overall status on its badge.
  'badge.label': 'status',
  'badge.none': 'all systems operational',
  'badge.minor': 'minor service outage',
  'badge.major': 'partial system outage',
  'badge.critical': 'major system outage',
  'badge.maintenance': 'service under maintenance',

  // The state of an incident, notice or maintenance, from its updates.
  'updateStatus.investigating': 'Investigating',
  'updateStatus.identified': 'Identified',
  'updateStatus.monitoring': 'Monitoring',
  'updateStatus.resolved': 'Resolved',
  'updateStatus.scheduled': 'Scheduled',
  'updateStatus.in_progress': 'In progress',
  'updateStatus.verifying': 'Verifying',
  'updateStatus.completed': 'Completed',
  /** A notice that no update has given a state yet. */
  'updateStatus.current': 'Current',

  // What an item is, on its tag.
  'kind.incident': 'Incident',
  'kind.maintenance': 'Maintenance',
  'kind.notice': 'Notice',
  'kindImpact.none': 'Incident: no impact',
  'kindImpact.minor': 'Incident: minor impact',
  'kindImpact.major': 'Incident: major impact',
  'kindImpact.critical': 'Incident: critical impact',

  // Headings of an item's facts, on its page, its card, in feeds and in the calendar.
  'fact.scope': 'What is broken',
  'fact.scopeMaintenance': 'What to expect',
  'fact.scopeNotice': 'What it means',
  'fact.affected': 'Who is affected',
  'fact.alternatives': 'What to do instead',
  'fact.eta': 'Expected fix',
  'fact.etaPassed': '{eta} (passed, no new estimate yet)',
  'fact.components': 'Components',
  'fact.upstream': 'Upstream',
  'fact.window': 'Window',
  'fact.started': 'Started',
  'fact.ended': 'Ended',
  'fact.endedLasted': '{end} (lasted {duration})',

  // Times and spans.
  'time.range': '{start} to {end}',
  'time.since': 'since {time}',
  'time.lasted': 'lasted {duration}',
  /** A label and its value, as in "What is broken: writes fail". */
  'text.labelled': '{label}: {value}',

  // Every page's frame.
  'layout.title': '{page} · {site} status',
  'layout.siteTitle': '{site} status',
  'layout.rssTitle': '{site} status (RSS)',
  'layout.atomTitle': '{site} status (Atom)',
  'layout.skip': 'Skip to content',
  /** The site's name and the word beside it in the header; {status} is the word below. */
  'layout.brand': '{site} {status}',
  'layout.brandStatus': 'status',
  'layout.nav': 'Site',
  'layout.history': 'History',
  'layout.subscribe': 'Subscribe',
  'layout.languages': 'Languages',
  'layout.built': 'Page built {time}.',
  'layout.githubStale': 'GitHub could not be reached for this build: GitHub data as of {time}.',
  'layout.zone': 'Times are shown in {zone}.',
  'layout.poweredBy': 'Powered by Sitrep. This page is hosted apart from {site}, so it stays up when {site} is down.',

  // The small script that runs where JavaScript does. {ago} reads like "3 hours ago".
  'script.stale': 'This page was built {ago} and may be out of date: a problem that started since then is not shown.',
  'script.news': 'This page has new information.',
  'script.reload': 'Reload',
  'script.yourZone': 'your time zone ({zone})',

  // The home page.
  'home.summaryIncidents': { one: 'One incident is open. Details below.', other: '{count} incidents are open. Details below.' },
  'home.summaryMaintenance': 'Maintenance is in progress. Details below.',
  'home.summaryNotices': { one: 'One notice is posted. Details below.', other: '{count} notices are posted. Details below.' },
  'home.activeIncidents': 'Active incidents',
  'home.activeNotices': 'Notices',
  'home.activeIncidentsAndNotices': 'Active incidents and notices',
  'home.maintenanceInProgress': 'Maintenance in progress',
  'home.components': 'Components',
  'home.maintenanceUpcoming': 'Upcoming maintenance',
  'home.recent': 'Recent history',
  'home.recentNone': { one: 'No incidents in the last {count} day.', other: 'No incidents in the last {count} days.' },
  'home.fullHistory': 'Full history',
  /** {count} is the days the home page covers; {more} how many items only the history lists. */
  'home.fullHistoryMore': { one: 'Full history ({more} more in the last {count} day)', other: 'Full history ({more} more in the last {count} days)' },

  // An item as a card on the home page.
  'card.latestUpdate': 'Latest update, {time}: {status}',

  // One incident's page.
  'incident.descriptionIncident': 'Incident on {site}',
  'incident.descriptionMaintenance': 'Maintenance on {site}',
  'incident.descriptionNotice': 'Notice on {site}',
  'incident.updates': 'Updates',
  'incident.noUpdates': 'No updates yet.',
  'incident.discussion': 'Discussion on GitHub',

  // One component's page.
  'component.uptime': 'Uptime',
  'component.meetsSlo': 'Meets its {target} availability target.',
  'component.belowSlo': 'Below its {target} availability target.',
  'component.dayByDay': 'Day by day',
  'component.tableCaption': 'Uptime of {component} per day, in {zone}',
  'component.columnDay': 'Day',
  'component.columnUptime': 'Uptime',
  /** A soft hyphen (U+00AD) marks where a narrow table may break a long word. */
  'component.columnDowntime': 'Down\u00adtime',
  'component.columnMaintenance': 'Mainte\u00adnance',
  'component.incidents': 'Incidents and maintenance',
  'component.noIncidents': 'None on record.',

  // The uptime bars.
  'uptime.summary': '{uptime} uptime over {days}; {downtime}.',
  'uptime.summaryTarget': '{uptime} uptime over {days} (target {target}); {downtime}.',
  'uptime.days': { one: '{count} day', other: '{count} days' },
  'uptime.downtimeDays': { one: '{count} day with downtime', other: '{count} days with downtime' },
  'uptime.noDowntimeDays': 'no day with downtime',
  'uptime.noData': 'no data',
  'uptime.dayUp': '{uptime} up',
  'uptime.dayDown': '{duration} down',
  'uptime.dayMaintenance': '{duration} maintenance',

  // The history pages.
  'history.title': 'History',
  'history.titlePage': 'History, page {page}',
  'history.intro': { one: 'All past incidents and maintenance, newest first. {count} in all; page {page} of {pages}.', other: 'All past incidents and maintenance, newest first. {count} in all; page {page} of {pages}.' },
  'history.empty': 'Nothing has happened yet.',
  'history.pages': 'History pages',
  'history.newer': 'Newer',
  'history.older': 'Older',

  // The page for an address that has none.
  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. It may be an incident that was withdrawn, or a mistyped link.',
  'notFound.links': '{home} or {history}.',
  'notFound.home': 'See the current status',
  'notFound.history': 'the full history',

  // The snippet other sites embed.
  /** An item's state after its title, as in "Login fails (Identified)". */
  'embed.state': '({state})',
  'embed.more': { one: '{count} more', other: '{count} more' },

  // Feeds and the maintenance calendar.
  'feed.atomTitle': '{site} status - Incident history',
  'feed.componentTitle': '{site} status: {component}',
  'feed.siteDescription': 'Incidents and maintenance of {site}',
  'feed.componentDescription': 'Incidents and maintenance of {component} at {site}',
  'feed.maintenanceWindow': 'Maintenance, scheduled {start} to {end}',
  'calendar.name': '{site} maintenance',
  'calendar.cancelled': 'This maintenance was cancelled.',
  'calendar.componentStatus': '{component} ({status})',
  'calendar.update': '{status} ({time}): {body}',

  // The Subscribe page: every way to follow the site. Product and menu names (Google Calendar,
  // "Other calendars → From URL") are the products' own; use their names in the language where known.
  'subscribe.title': 'Subscribe',
  'subscribe.intro': 'Every way to hear about {site}\'s status, without coming to look. Select an address to copy it.',
  'subscribe.feeds': 'Feeds',
  'subscribe.feedsIntro': 'An entry for every incident and maintenance, updated with each update.',
  'subscribe.rssHow': 'Paste it into a feed reader (Feedly, Inoreader, NetNewsWire, Thunderbird…).',
  'subscribe.atomHow': 'The same, for readers that prefer Atom.',
  'subscribe.component': 'One component',
  'subscribe.componentIntro': 'Only the incidents and maintenance of one component.',
  'subscribe.componentHow': 'RSS feed.',
  'subscribe.calendar': 'Maintenance calendar',
  'subscribe.calendarHow': 'Google Calendar: Other calendars → From URL. Apple Calendar: File → New Calendar Subscription. Outlook: Add calendar → Subscribe from web.',
  'subscribe.email': 'Email',
  'subscribe.mailingList': 'Mailing list',
  'subscribe.mailingListHow': 'Every update in your inbox.',
  'subscribe.mailingListJoin': 'Join the mailing list',
  'subscribe.chat': 'Chat',
  'subscribe.slackHow': 'In the channel that should hear about it, send:',
  /** {template} is the name of Teams' Workflows template, which Teams shows in English. */
  'subscribe.teamsHow': 'Add the RSS app to a channel, or a Workflows flow "{template}", with the RSS feed above.',
  'subscribe.discordHow': 'Add an RSS bot (such as MonitoRSS) to a channel and give it the RSS feed above.',
  'subscribe.social': 'Social',
  'subscribe.socialIntro': 'Every update is posted here too.',
  'subscribe.blueskyHow': 'Follow:',
  'subscribe.mastodonHow': 'Follow (from any server in the fediverse):',
  'subscribe.telegramHow': 'Join the channel:',
  'subscribe.badges': 'Badges',
  'subscribe.badge': 'Status badge',
  'subscribe.badgeHow': 'An image of the current status, for a README or a wiki, in Markdown:',
  /** The badge image's alternative text, inside the Markdown to copy. */
  'subscribe.badgeAlt': 'Status',
  'subscribe.embed': 'On your own site',
  'subscribe.embedHow': 'A small status box, without scripts:',
  'subscribe.api': 'API',
  'subscribe.apiIntro': 'Statuspage-compatible JSON: tools, widgets and exporters that read a Statuspage page read this one.',
  'subscribe.apiSummary': 'Summary',
  'subscribe.apiSummaryHow': 'Status, components, open incidents and maintenance.',
  'subscribe.apiStatus': 'Status',
  'subscribe.apiStatusHow': 'Just the overall status.',

  // The "Upstream services" section: providers the site depends on, as their own status pages
  // report them. {text} is their own words, quoted; {time} a date and time.
  'upstream.heading': 'Upstream services',
  'upstream.intro': 'Services {site} depends on, as their own status pages report them. They never change {site}\'s status above.',
  'upstream.theirWords': 'In their words: “{text}”',
  'upstream.componentTheirWords': '{status} (“{text}”)',
  'upstream.asOf': 'As of {time}',
  'upstream.snapshot': 'Could not be read for this build; as of {time}',
  'upstream.unreadable': 'Could not be read for this build.',
  /** A provider that publishes only a feed of posts. */
  'upstream.feedLabel': 'No status published',
  'upstream.feedNote': 'Their feed lists posts, not a status.',
  'upstream.latestPosts': '{upstream}: latest posts',
  'upstream.noPosts': 'No posts in their feed.',
  'upstream.moreOperational': { one: 'and {count} more component, operational', other: 'and {count} more components, operational' },
  'upstream.untitled': 'Untitled',
  'upstream.indicatorUnknown': 'Status unknown',
  'upstream.componentUnknown': 'Unknown',
  'upstream.itemUnknown': 'State unknown',
  // Beside a link to a provider's incident, in an item's facts.
  'upstream.linkState': '{upstream}: {state}',
  'upstream.linkStateResolved': '{upstream}: {state} {time}',
  'upstream.linkStateUpdated': '{upstream}: {state}, updated {time}',
  'upstream.asOfInline': '(as of {time})',
  // A note under one of our components that depends on a provider in trouble; {note} is one of the
  // sentences below, a link. "reports" from this build's reading, "reported" from an earlier one.
  'upstream.note': '{note}.',
  'upstream.noteAsOf': '{note} (as of {time}).',
  'upstream.reports.degraded_performance': '{upstream} reports degraded performance of {component}',
  'upstream.reports.partial_outage': '{upstream} reports a partial outage of {component}',
  'upstream.reports.major_outage': '{upstream} reports a major outage of {component}',
  'upstream.reports.under_maintenance': '{upstream} reports maintenance of {component}',
  'upstream.reports.minor': '{upstream} reports a minor service outage',
  'upstream.reports.major': '{upstream} reports a partial system outage',
  'upstream.reports.critical': '{upstream} reports a major system outage',
  'upstream.reports.maintenance': '{upstream} reports maintenance',
  'upstream.reported.degraded_performance': '{upstream} reported degraded performance of {component}',
  'upstream.reported.partial_outage': '{upstream} reported a partial outage of {component}',
  'upstream.reported.major_outage': '{upstream} reported a major outage of {component}',
  'upstream.reported.under_maintenance': '{upstream} reported maintenance of {component}',
  'upstream.reported.minor': '{upstream} reported a minor service outage',
  'upstream.reported.major': '{upstream} reported a partial system outage',
  'upstream.reported.critical': '{upstream} reported a major system outage',
  'upstream.reported.maintenance': '{upstream} reported maintenance',

  // Notifications that `npm run notify` sends to chat, social and email. A headline is
  // "{event}: {title}"; {at}, {from}, {to} are dates and times, {window} "… to …", {lasted} a duration.
  'notify.headline': '{event}: {title}',
  'notify.event.posted': 'Incident',
  'notify.event.postedNotice': 'Notice',
  'notify.event.updated': 'Update ({state})',
  'notify.event.resolved': 'Resolved',
  'notify.event.ended': 'Ended',
  'notify.event.scheduled': 'Maintenance scheduled',
  'notify.event.reminder': 'Maintenance soon',
  'notify.event.started': 'Maintenance started',
  'notify.event.completed': 'Maintenance completed',
  'notify.event.withdrawn': 'Withdrawn',
  'notify.event.test': 'Test',
  'notify.posted': 'Posted {at}.',
  'notify.began': 'Began {at}.',
  'notify.updated': 'Updated {at}.',
  'notify.resolved': 'Resolved {at}, after {lasted}.',
  'notify.ended': 'Ended {at}.',
  'notify.openedAndResolved': 'Began {from} and was resolved {to} ({lasted}), before it could be announced.',
  'notify.noticeOpenedAndEnded': 'Posted {from} and ended {to}, before it could be announced.',
  'notify.scheduled': 'Scheduled for {window}.',
  'notify.reminder': 'Starts in {minutes}: {window}.',
  'notify.maintenanceStarted': 'Started {at}; planned to end {until}.',
  'notify.completed': 'Completed {at}.',
  'notify.tookPlace': 'Took place {window}, before it could be announced.',
  'notify.withdrawnIncident': 'This incident was withdrawn: disregard the earlier messages about it.',
  'notify.withdrawnMaintenance': 'This maintenance was withdrawn: disregard the earlier messages about it.',
  'notify.withdrawnNotice': 'This notice was withdrawn: disregard the earlier messages about it.',
  'notify.test': 'A test message: {site} status news reaches this channel.',
  'notify.window': 'When',
  'notify.link': 'Details on the status page',

  // The GitHub issue forms that `npm run forms` writes. Text in `backticks` stays as it is.
  'form.outage.name': 'Outage',
  'form.outage.description': 'Post an incident on the status page (maintainers only)',
  'form.outage.title': 'Outage: ',
  'form.outage.intro': 'The issue title is the headline customers see. Only maintainers\' issues reach the status page.\nPost updates as comments; start one with `/status identified`, `/status monitoring` or `/status resolved`\nto change the state. Close the issue as **completed** when it is over, or as **not planned** to withdraw it.\n',
  'form.maintenance.name': 'Maintenance',
  'form.maintenance.description': 'Announce a maintenance window on the status page (maintainers only)',
  'form.maintenance.title': 'Maintenance: ',
  'form.maintenance.intro': 'The issue title is the headline customers see. Post updates as comments; start one with\n`/status in progress`, `/status verifying` or `/status completed` to change the state.\nClose the issue as **completed** when it is over, or as **not planned** to cancel it.\n',
  'form.impact.label': 'Impact',
  /** Each impact choice is shown after its level's own word ("minor — …"), which stays English. */
  'form.impact.minor': 'slower, or some requests fail',
  'form.impact.major': 'a feature is broken for many customers',
  'form.impact.critical': 'the service is down',
  'form.impact.none': 'informational',
  'form.components.label': 'Components',
  'form.components.outage': 'What is affected',
  'form.components.maintenance': 'What will be under maintenance',
  'form.started.label': 'Started',
  'form.started.description': 'When it began, with a zone, e.g. 2026-11-20T14:02:00Z. Leave empty for the time you file this issue.',
  'form.scheduledFor.label': 'Scheduled for',
  'form.scheduledFor.description': 'When the window starts, with a zone, e.g. 2026-12-03T06:00:00Z',
  'form.scheduledUntil.label': 'Scheduled until',
  'form.scheduledUntil.description': 'When the window ends, with a zone, e.g. 2026-12-03T07:00:00Z',
  'form.scope.label': 'Scope',
  'form.scope.outage': 'What is broken, and what still works',
  'form.scope.maintenance': 'What will be unavailable or slower',
  'form.affected.label': 'Affected',
  'form.affected.description': 'Who is affected (regions, plans, customers)',
  'form.alternatives.label': 'Alternatives',
  'form.alternatives.description': 'What customers can do instead',
  'form.eta.label': 'ETA',
  'form.eta.description': 'When a fix is expected, e.g. 2026-11-20T16:00:00Z or "within the hour"',
  'form.upstream.label': 'Upstream',
  'form.upstream.description': 'Outages of providers this depends on, one per line: `[name](https://…)` or `name: https://…`',
  'form.description.label': 'Description',
  'form.description.description': 'Anything else, in Markdown',
} as const;

export default {
  tag: 'en',
  name: 'English',
  dir: 'ltr',
  // Plain "en" formats dates as American English does (Nov 19, 2026); British reads the same in every zone.
  intl: 'en-GB',
  messages,
} satisfies Locale;
