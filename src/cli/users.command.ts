// `tongzhou users add|list|disable|reset-password` and `tongzhou tokens create|revoke`: user administration on the
// server's own machine (the CLI acts as the system; the audit trail records each change).
import type { Command } from 'commander';
import { ROLES } from '../core/access';
import { findUserByLogin } from '../db/users.repository';
import { createToken, revokeToken } from '../services/auth.service';
import { BadRequestError, NotFoundError } from '../services/errors';
import { resetPassword } from '../services/user-password.service';
import { addUser, listUsers, setDisabled } from '../services/users.service';
import type { RunWithDatabase } from './requests.command';
import { formatTable } from './table';

/** Adds `users add|list|disable|reset-password` and `tokens create|revoke` to the program. */
export function addUserCommands(
  program: Command,
  run: RunWithDatabase,
  print: (text: string) => void,
): void {
  const users = program.command('users').description('people who sign in, and their roles');
  users
    .command('add')
    .description(`add a user; roles: ${ROLES.join(', ')}`)
    .argument('<login>', 'sign-in name, e.g. li.wei')
    .requiredOption('--role <role>', 'the role')
    .option(
      '--password <password>',
      'at least 8 characters; or set TONGZHOU_PASSWORD (kept out of the shell history)',
    )
    .option('--name <display name>', 'the name shown in the app')
    .option('--recipient <id>', 'for a recipient focal point: the recipient, e.g. ITA')
    .option('--one-time', 'the user must change this password at their first sign-in')
    .action(
      async (
        login: string,
        opts: {
          role: string;
          password?: string;
          name?: string;
          recipient?: string;
          oneTime?: boolean;
        },
      ) => {
        const password = opts.password ?? process.env['TONGZHOU_PASSWORD'];
        if (!password) {
          throw new BadRequestError(
            'a password is needed: --password or TONGZHOU_PASSWORD',
            'password',
          );
        }
        const user = await run((db) =>
          addUser(db, {
            login,
            password,
            role: opts.role,
            displayName: opts.name,
            recipientId: opts.recipient ?? null,
            oneTimePassword: opts.oneTime === true,
          }),
        );
        print(
          `Added ${user.login} (${user.role}${user.recipientId ? `, ${user.recipientId}` : ''}).`,
        );
      },
    );
  users
    .command('list')
    .description('every user, role, recipient and whether disabled')
    .action(async () => {
      const list = await run((db) => listUsers(db));
      print(
        formatTable(list, [
          { header: 'Login', value: (u) => u.login },
          { header: 'Name', value: (u) => u.displayName },
          { header: 'Role', value: (u) => u.role },
          { header: 'Recipient', value: (u) => u.recipientId ?? '' },
          { header: 'Disabled', value: (u) => (u.disabled ? 'yes' : '') },
          { header: 'Must change password', value: (u) => (u.passwordChangeRequired ? 'yes' : '') },
        ]),
      );
    });
  users
    .command('disable')
    .description('stop a user signing in (their sessions end; their tokens stop working)')
    .argument('<login>', 'the sign-in name')
    .action(async (login: string) => {
      const user = await run((db) => setDisabled(db, login, true));
      print(`Disabled ${user.login}.`);
    });
  users
    .command('reset-password')
    .description(
      'set a new random one-time password (printed once): their sessions end, and they must change it at the next sign-in',
    )
    .argument('<login>', 'the sign-in name')
    .action(async (login: string) => {
      const { user, password } = await run((db) => resetPassword(db, login));
      print(
        `New one-time password for ${user.login} (shown once; they must change it when they sign in):\n${password}`,
      );
    });

  const tokens = program.command('tokens').description('API tokens for machine clients');
  tokens
    .command('create')
    .description(
      "create a token for a user (printed once; send as 'Authorization: Bearer <token>')",
    )
    .argument('<login>', 'whose token')
    .requiredOption('--name <name>', 'what uses it, e.g. "customs feed"')
    .action(async (login: string, opts: { name: string }) => {
      const created = await run(async (db) => {
        const user = await findUserByLogin(db.db, login);
        if (!user) throw new NotFoundError(`no user with login "${login}"`, 'login', login);
        return createToken(db, user.id, opts.name);
      });
      print(`Token ${created.id} for ${login} (shown once):\n${created.token}`);
    });
  tokens
    .command('revoke')
    .description('revoke a token by id')
    .argument('<id>', 'the token id, e.g. tok-1a2b3c4d')
    .action(async (id: string) => {
      const token = await run((db) => revokeToken(db, id, { anyUser: true }));
      print(`Revoked ${token.id} (${token.name}).`);
    });
}
