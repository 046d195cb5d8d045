// The test users of the sign-in tests: a secretariat officer, the editors of two member cities,
// and a partner (the roles and bindings the server reads from the token's groups, neascn_member
// and neascn_partner claims). Test fixtures only: the passwords are known to every test.
import { timingSafeEqual } from 'node:crypto';

export const PASSWORD = 'neascn-test-password';

export const USERS = {
  officer: { username: 'officer', name: 'Secretariat officer', groups: ['secretariat'] },
  'ulaanbaatar-editor': { username: 'ulaanbaatar-editor', name: 'Ulaanbaatar editor', groups: ['member-editor'], member: 'ulaanbaatar' },
  'shanghai-editor': { username: 'shanghai-editor', name: 'Shanghai editor', groups: ['member-editor'], member: 'shanghai' },
  'adb-partner': { username: 'adb-partner', name: 'ADB partner', groups: ['partner'], partner: 'adb' },
  // Signs in like ulaanbaatar-editor, but its access tokens lapse within seconds and come
  // without a refresh token: the web application must notice and say so.
  'brief-editor': { username: 'brief-editor', name: 'Brief editor', groups: ['member-editor'], member: 'ulaanbaatar', briefTokens: true },
  // A person the provider knows who holds no role in the network: signed in, with the public's rights.
  visitor: { username: 'visitor', name: 'Visitor', groups: [] },
};

/** The account id of the user with this username and password, or undefined. */
export function checkPassword(username, password) {
  const user = Object.entries(USERS).find(([, u]) => u.username === username);
  const given = Buffer.from(password, 'utf8');
  const expected = Buffer.from(PASSWORD, 'utf8');
  const matches = given.length === expected.length && timingSafeEqual(given, expected);
  return user && matches ? user[0] : undefined;
}
