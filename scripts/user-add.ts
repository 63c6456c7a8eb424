// npm run user:add -- --username anna --name "Anna Andersson" --roles admin[,controller,unit_editor] [--units SOU,KSF]
// Creates an account in DB_PATH (default var/malbild.sqlite). The password is read from
// MALBILD_PASSWORD or asked for at the prompt; it is never written to the console or a log.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { CreateUserSchema } from '@malbild/shared';
import { hashPassword } from '../server/src/auth/password';
import { openDatabase } from '../server/src/db/connection';
import { migrate } from '../server/src/db/migrate';
import { createUserQueries } from '../server/src/db/users';
import { join } from 'node:path';

async function askPassword(): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Echo nothing of what is typed after the question.
  const write = (prompt as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
  let asked = false;
  (prompt as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    if (!asked) write.call(prompt, s);
  };
  const answer = new Promise<string>((resolve) =>
    prompt.question('Lösenord (minst 12 tecken): ', resolve),
  );
  asked = true;
  const password = await answer;
  prompt.close();
  process.stdout.write('\n');
  return password;
}

const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    roles: { type: 'string', default: 'admin' },
    units: { type: 'string', default: '' },
  },
});

const parsed = CreateUserSchema.safeParse({
  username: values.username,
  displayName: values.name ?? values.username,
  password: process.env.MALBILD_PASSWORD ?? (await askPassword()),
  roles: values.roles.split(',').filter(Boolean),
  units: values.units.split(',').filter(Boolean),
});
if (!parsed.success) {
  for (const issue of parsed.error.issues)
    console.error(`${issue.path.join('.') || 'fel'}: ${issue.message}`);
  process.exit(2);
}

const db = openDatabase(process.env.DB_PATH ?? join(import.meta.dirname, '../var/malbild.sqlite'), {
  fileMustExist: true,
});
migrate(db);
const users = createUserQueries(db);
const { password, ...user } = parsed.data;
if (users.credentials(user.username)) {
  console.error(`Användarnamnet ${user.username} finns redan.`);
  process.exit(1);
}
const created = users.create({ ...user, passwordHash: await hashPassword(password) });
console.log(`Skapade ${created.username} (${created.roles.join(', ')}).`);
db.close();
