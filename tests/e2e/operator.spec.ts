import { expect, test } from '@playwright/test';
import { findEntry, pathOf } from './catalog';

test('an upstream failure shows its log line, its flags with anchors, and a ready query', async ({ page }) => {
  const entry = findEntry(500, 'There was a problem proxying the request');
  await page.goto(`${pathOf(entry)}#urt`);
  const section = page.getByRole('region', { name: 'In the logs' });
  await expect(section).toContainText('msg="http: proxy error: "');
  await expect(section).toContainText("grep -F 'http: proxy error:' tyk-gateway.log");
  await expect(page.locator('#urt')).toBeInViewport();
  await expect(page.locator('#urt')).toContainText('response_flag=URT response_code_details=request_timeout');
  await expect(page.locator('#ucf')).toContainText('The upstream refused or dropped the connection');
});

test('a cause link leads from the flag to the cause heading in the body', async ({ page }) => {
  await page.goto(pathOf(findEntry(403, 'Access to this API has been disallowed')));
  await page.locator('#aki-auth-cert-not-found').getByRole('link').click();
  await expect(page).toHaveURL(/#dynamic-mtls/);
  await expect(page.getByRole('heading', { name: /the key's certificate is not in the certificate store/ })).toBeInViewport();
});

test('the flag index leads to a flag page and from there to an entry', async ({ page }) => {
  await page.goto('flags/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Response flags');
  await page.getByRole('row', { name: /^CBO/ }).getByRole('link', { name: 'CBO', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('CBO Circuit breaker open');
  await page.getByRole('link', { name: /Service temporarily unavailable/ }).click();
  await expect(page.locator('#cbo')).toContainText('response_flag=CBO response_code_details=circuit_breaker_open');
});

test('an entry that cannot be customised says so, one that can shows the rule', async ({ page }) => {
  await page.goto(pathOf(findEntry(404, 'API not found')));
  await expect(page.getByRole('region', { name: 'Customising this response' })).toContainText(
    'cannot be changed with Error Overrides',
  );
  await page.goto(pathOf(findEntry(403, 'Quota exceeded')));
  const customising = page.getByRole('region', { name: 'Customising this response' });
  await expect(customising).toContainText('"flag": "QEX"');
  await expect(customising).toContainText('"status_code": 403');
});
