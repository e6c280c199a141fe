/*
 * The vocabulary of the demo: "Hogflix", a video streaming product. Names, events and segments are shared by the seed
 * and by the endpoints that invent text (derived names, generated metadata), so everything reads like one product.
 */

export interface EventDefinition {
  event: string
  label: string
}

export const EVENTS = {
  pageview: { event: '$pageview', label: 'Pageview' },
  screen: { event: '$screen', label: 'Screen' },
  signedUp: { event: 'signed_up', label: 'Signed up' },
  onboarding: { event: 'onboarding_completed', label: 'Onboarding completed' },
  videoPlayed: { event: 'video_played', label: 'Video played' },
  watchlist: { event: 'watchlist_added', label: 'Added to watchlist' },
  search: { event: 'search_performed', label: 'Search performed' },
  cart: { event: 'added_to_cart', label: 'Added to cart' },
  checkout: { event: 'checkout_started', label: 'Checkout started' },
  purchase: { event: 'purchase_completed', label: 'Purchase completed' },
  trial: { event: 'trial_started', label: 'Trial started' },
  subscribed: { event: 'subscription_started', label: 'Subscription started' },
  upgraded: { event: 'subscription_upgraded', label: 'Subscription upgraded' },
  cancelled: { event: 'subscription_cancelled', label: 'Subscription cancelled' },
  inviteSent: { event: 'invite_sent', label: 'Invite sent' },
  inviteAccepted: { event: 'invite_accepted', label: 'Invite accepted' },
  upload: { event: 'file_uploaded', label: 'File uploaded' },
  download: { event: 'download_started', label: 'Download started' },
} as const satisfies Record<string, EventDefinition>

const EVENT_LABELS: ReadonlyMap<string, string> = new Map(Object.values(EVENTS).map((item) => [item.event, item.label]))

export function eventLabel(event: string | null | undefined): string {
  if (!event) return 'All events'
  return EVENT_LABELS.get(event) ?? event
}

export interface TrendTopic {
  metric: string
  event: EventDefinition
  math?: 'total' | 'dau' | 'weekly_active' | 'sum'
  mathProperty?: string
}

export const TREND_TOPICS: readonly TrendTopic[] = [
  { metric: 'signups', event: EVENTS.signedUp },
  { metric: 'active users', event: EVENTS.pageview, math: 'dau' },
  { metric: 'video plays', event: EVENTS.videoPlayed },
  { metric: 'watch sessions', event: EVENTS.videoPlayed, math: 'dau' },
  { metric: 'purchases', event: EVENTS.purchase },
  { metric: 'revenue', event: EVENTS.purchase, math: 'sum', mathProperty: 'revenue' },
  { metric: 'trial starts', event: EVENTS.trial },
  { metric: 'searches', event: EVENTS.search },
  { metric: 'invites sent', event: EVENTS.inviteSent },
  { metric: 'uploads', event: EVENTS.upload },
  { metric: 'pageviews', event: EVENTS.pageview },
  { metric: 'watchlist adds', event: EVENTS.watchlist },
  { metric: 'upgrades', event: EVENTS.upgraded },
  { metric: 'cancellations', event: EVENTS.cancelled },
  { metric: 'downloads', event: EVENTS.download },
  { metric: 'app screens', event: EVENTS.screen },
]

export interface Breakdown {
  label: string
  property: string
  values: readonly string[]
}

export const BREAKDOWNS: readonly Breakdown[] = [
  { label: 'plan', property: 'plan', values: ['Free', 'Basic', 'Standard', 'Premium'] },
  { label: 'country', property: '$geoip_country_code', values: ['US', 'GB', 'DE', 'FR', 'BR', 'IN', 'JP'] },
  { label: 'browser', property: '$browser', values: ['Chrome', 'Safari', 'Firefox', 'Edge'] },
  { label: 'device type', property: '$device_type', values: ['Desktop', 'Mobile', 'Tablet'] },
  { label: 'referrer', property: '$referring_domain', values: ['google.com', '$direct', 'twitter.com', 'reddit.com'] },
  { label: 'campaign', property: 'utm_campaign', values: ['spring_sale', 'brand', 'retargeting', 'newsletter'] },
  { label: 'OS', property: '$os', values: ['Mac OS X', 'Windows', 'iOS', 'Android'] },
]

export const PERIODS = [
  { adjective: 'Daily', interval: 'day' },
  { adjective: 'Weekly', interval: 'week' },
  { adjective: 'Monthly', interval: 'month' },
  { adjective: 'Hourly', interval: 'hour' },
] as const

export const SEGMENTS = [
  'EU',
  'US',
  'APAC',
  'mobile',
  'web',
  'new users',
  'paid plans',
  'free plan',
  'iOS',
  'Android',
  'LATAM',
  'UK',
] as const

export interface FunnelFlow {
  name: string
  steps: readonly EventDefinition[]
}

export const FUNNEL_FLOWS: readonly FunnelFlow[] = [
  { name: 'Checkout', steps: [EVENTS.cart, EVENTS.checkout, EVENTS.purchase] },
  { name: 'Signup', steps: [EVENTS.pageview, EVENTS.signedUp, EVENTS.onboarding] },
  { name: 'Onboarding', steps: [EVENTS.signedUp, EVENTS.onboarding, EVENTS.videoPlayed] },
  { name: 'Trial to paid', steps: [EVENTS.trial, EVENTS.subscribed] },
  { name: 'Upgrade', steps: [EVENTS.pageview, EVENTS.checkout, EVENTS.upgraded] },
  { name: 'Invite acceptance', steps: [EVENTS.inviteSent, EVENTS.inviteAccepted, EVENTS.signedUp] },
  { name: 'Search to play', steps: [EVENTS.search, EVENTS.watchlist, EVENTS.videoPlayed] },
  { name: 'First watch', steps: [EVENTS.signedUp, EVENTS.search, EVENTS.videoPlayed, EVENTS.watchlist] },
]

export const RETENTION_COHORTS = [
  { label: 'new signups', event: EVENTS.signedUp },
  { label: 'trial users', event: EVENTS.trial },
  { label: 'viewers', event: EVENTS.videoPlayed },
  { label: 'mobile users', event: EVENTS.screen },
  { label: 'paying customers', event: EVENTS.subscribed },
] as const

export const PATH_PAGES = ['/home', '/browse', '/pricing', '/checkout', '/settings', '/watch', '/search', '/account'] as const

export const STICKY_FEATURES = [
  { label: 'video playback', event: EVENTS.videoPlayed },
  { label: 'search', event: EVENTS.search },
  { label: 'watchlists', event: EVENTS.watchlist },
  { label: 'downloads', event: EVENTS.download },
  { label: 'uploads', event: EVENTS.upload },
] as const

export const LIFECYCLE_AUDIENCES = [
  { label: 'Viewer', event: EVENTS.videoPlayed },
  { label: 'Weekly active user', event: EVENTS.pageview },
  { label: 'Subscriber', event: EVENTS.subscribed },
  { label: 'Mobile user', event: EVENTS.screen },
] as const

export interface SqlTemplate {
  name: string
  query: string
}

export const SQL_TEMPLATES: readonly SqlTemplate[] = [
  {
    name: 'Top pages by pageviews',
    query:
      "SELECT properties.$current_url AS url, count() AS pageviews\nFROM events\nWHERE event = '$pageview' AND timestamp > now() - INTERVAL 7 DAY\nGROUP BY url\nORDER BY pageviews DESC\nLIMIT 10",
  },
  {
    name: 'Top 10 customers by revenue',
    query:
      "SELECT person.properties.email AS customer, sum(toFloat(properties.revenue)) AS revenue\nFROM events\nWHERE event = 'purchase_completed'\nGROUP BY customer\nORDER BY revenue DESC\nLIMIT 10",
  },
  {
    name: 'Most played titles this month',
    query:
      "SELECT properties.title AS title, count() AS plays, count(DISTINCT person_id) AS viewers\nFROM events\nWHERE event = 'video_played' AND timestamp > now() - INTERVAL 30 DAY\nGROUP BY title\nORDER BY plays DESC\nLIMIT 20",
  },
  {
    name: 'Signups by referring domain',
    query:
      "SELECT properties.$referring_domain AS referrer, count() AS signups\nFROM events\nWHERE event = 'signed_up'\nGROUP BY referrer\nORDER BY signups DESC",
  },
  {
    name: 'Failed payments by card country',
    query:
      "SELECT properties.card_country AS country, count() AS failures\nFROM events\nWHERE event = 'payment_failed'\nGROUP BY country\nORDER BY failures DESC",
  },
  {
    name: 'Search terms without results',
    query:
      "SELECT properties.query AS term, count() AS searches\nFROM events\nWHERE event = 'search_performed' AND properties.results_count = 0\nGROUP BY term\nORDER BY searches DESC\nLIMIT 25",
  },
]

export const TEAMS = ['Growth', 'Product', 'Marketing', 'Data', 'Mobile', 'Payments', 'Content', 'Leadership'] as const

export const TAG_NAMES = [
  'marketing',
  'growth',
  'product',
  'onboarding',
  'retention',
  'revenue',
  'activation',
  'engineering',
  'mobile',
  'web',
  'experiments',
  'sales',
  'support',
  'kpi',
  'weekly-review',
  'exec',
  'pricing',
  'checkout',
  'search',
  'notifications',
  'referrals',
  'seo',
  'performance',
  'billing',
  'enterprise',
  'self-serve',
  'eu',
  'us',
  'apac',
  'deprecated',
] as const

export const DASHBOARD_NAMES = [
  'Company KPIs',
  'Growth weekly',
  'Product health',
  'Marketing funnel',
  'Mobile app',
  'Revenue',
  'Content performance',
  'Onboarding',
  'Payments',
  'Search quality',
  'Exec summary',
  'Experiments',
  'Support load',
  'Retention deep dive',
  'Web vitals',
  'Referral program',
  'Pricing page',
  'EU launch',
  'Creator uploads',
  'Trial conversion',
] as const
