// A local SMTP server for the e-mail notifier's tests: node smtp-sink.mjs <port> <folder> [user] [password]
// Writes each message to <folder>/<n>.eml, preceded by one JSON line with the envelope and the authenticated user.
// Binds 127.0.0.1 only; with a user, AUTH is required and other credentials are refused.
import { SMTPServer } from 'smtp-server';
import fs from 'node:fs';
import path from 'node:path';

const [port, folder, user, password] = process.argv.slice(2);
let count = 0;
const server = new SMTPServer({
  disabledCommands: ['STARTTLS'],
  authOptional: !user,
  allowInsecureAuth: true,
  onAuth(auth, session, callback) {
    if (auth.username === user && auth.password === password) {
      return callback(null, { user: auth.username });
    }
    return callback(new Error('Invalid username or password'));
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      const envelope = JSON.stringify({
        from: session.envelope.mailFrom && session.envelope.mailFrom.address,
        to: session.envelope.rcptTo.map((r) => r.address),
        user: session.user || null,
      });
      const file = path.join(folder, `${++count}.eml`);
      fs.writeFileSync(`${file}.tmp`, `${envelope}\n${Buffer.concat(chunks).toString('utf8')}`);
      fs.renameSync(`${file}.tmp`, file);
      callback();
    });
  },
});
server.on('error', (e) => console.error(`smtp-sink: ${e.message}`));
server.listen(Number(port), '127.0.0.1', () => console.log(`listening ${port}`));
