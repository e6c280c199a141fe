import { describe, expect, it } from 'vitest'
import { describeUnavailable, featureOfPath } from './feature-availability'
import { ApiError } from './http'

const error = (status: number, detail: string, path: string, type = 'invalid_request') =>
  new ApiError(status, { type, code: null, detail }, 'GET', path)

describe('featureOfPath', () => {
  it('names the feature of a request path in either path family', () => {
    expect(featureOfPath('projects/1/insights/trending/')?.id).toBe('trending')
    expect(featureOfPath('environments/7/insights/42/sharing/')?.id).toBe('sharing')
    expect(featureOfPath('projects/1/insights/abc12345/activity/')?.id).toBe('activity')
    expect(featureOfPath('projects/1/insights/abc12345/')?.id).toBe('insights')
    expect(featureOfPath('users/@me/')?.id).toBe('user')
    expect(featureOfPath('projects/1/')?.id).toBe('project')
    expect(featureOfPath('projects/1/nothing/')).toBeNull()
  })
})

describe('describeUnavailable', () => {
  it("says which scope the key lacks, from PostHog's APIScopePermission message", () => {
    const found = describeUnavailable(
      error(
        403,
        "API key missing required scope 'sharing_configuration:read'",
        'projects/1/insights/3/sharing/',
        'authentication_error',
      ),
    )
    expect(found).toMatchObject({
      reason: 'scope',
      scope: 'sharing_configuration:read',
      title: 'Sharing: public links and passwords is not available with this API key',
    })
    expect(found?.message).toContain('lacks the scope sharing_configuration:read')
  })

  it('tells access control apart from a missing scope', () => {
    const found = describeUnavailable(error(403, "You don't have access to the project.", 'projects/1/alerts/'))
    expect(found).toMatchObject({ reason: 'permission', title: 'Alerts: bells in the insights list is not available to you' })
    expect(found?.message).toContain("You don't have access to the project.")
  })

  it("reads 402 as the plan, keeping PostHog's words", () => {
    const found = describeUnavailable(error(402, 'Tagging is part of the premium PostHog offering.', 'projects/1/tags/'))
    expect(found).toMatchObject({ reason: 'plan', title: "Tags: picker and tag manager is not in this organization's plan" })
    expect(found?.message).toContain('Tagging is part of the premium PostHog offering.')
    // A 402 without PostHog's body still reads as the plan.
    expect(describeUnavailable(error(402, 'x', 'projects/1/tags/', 'http_error'))?.message).not.toContain('PostHog says')
  })

  it('reads 404 as a missing endpoint only when PostHog says so or the path is a collection', () => {
    expect(describeUnavailable(error(404, 'Endpoint not found.', 'projects/1/insights/3/sharing/'))?.reason).toBe('version')
    expect(describeUnavailable(error(404, 'Not found.', 'projects/1/insights/trending/'))).toMatchObject({
      reason: 'version',
      title: 'Home: trending insights is not available on this PostHog',
    })
    // A missing insight or sharing of a missing insight is not a missing feature.
    expect(describeUnavailable(error(404, 'Not found.', 'projects/1/insights/abc12345/'))).toBeNull()
    expect(describeUnavailable(error(404, 'Not found.', 'projects/1/insights/3/sharing/'))).toBeNull()
  })

  it('leaves every other failure to the error state', () => {
    expect(describeUnavailable(error(500, 'A server error occurred.', 'projects/1/alerts/'))).toBeNull()
    expect(describeUnavailable(error(401, 'Invalid key.', 'projects/1/alerts/'))).toBeNull()
    expect(describeUnavailable(new Error('boom'))).toBeNull()
  })
})
