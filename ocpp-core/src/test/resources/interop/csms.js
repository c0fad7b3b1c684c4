// A CSMS on ocpp-rpc (strict mode) that answers a station and then calls it once. Prints JSON lines.
// Usage: node csms.js <port> <protocol>
const { RPCServer } = require('ocpp-rpc');

const [port, protocol] = process.argv.slice(2);
const print = (o) => console.log(JSON.stringify(o));
const now = () => new Date().toISOString();

const server = new RPCServer({ protocols: [protocol], strictMode: protocol !== 'ocpp2.1', callTimeoutMs: 10000 });
server.auth((accept, reject, handshake) => accept({ identity: handshake.identity }));
server.on('client', (client) => {
    print({ step: 'client', identity: client.identity, protocol: client.protocol });
    client.on('strictValidationFailure', (e) => print({ step: 'strictValidationFailure', method: e.method, error: String(e.error) }));
    client.on('badMessage', (e) => print({ step: 'badMessage', error: String(e.error) }));
    const accepted = { status: 'Accepted' };
    client.handle('BootNotification', ({ params }) => {
        print({ step: 'boot', params });
        setTimeout(async () => {
            try {
                const res = protocol === 'ocpp1.6'
                    ? await client.call('RemoteStartTransaction', { connectorId: 1, idTag: 'REMOTE-1' })
                    : await client.call('RequestStartTransaction', { evseId: 1, remoteStartId: 7, idToken: { idToken: 'REMOTE-1', type: 'Central' } });
                print({ step: 'remote', status: res.status });
            } catch (err) {
                print({ step: 'remote', error: String(err.message || err) });
            }
        }, 100);
        return { ...accepted, interval: 300, currentTime: now() };
    });
    client.handle('Heartbeat', () => ({ currentTime: now() }));
    client.handle('StatusNotification', ({ params }) => { print({ step: 'status', params }); return {}; });
    client.handle('Authorize', ({ params }) => protocol === 'ocpp1.6'
        ? { idTagInfo: accepted } : { idTokenInfo: accepted });
    client.handle('StartTransaction', ({ params }) => { print({ step: 'start', params }); return { idTagInfo: accepted, transactionId: 42 }; });
    client.handle('MeterValues', ({ params }) => { print({ step: 'meter', params }); return {}; });
    client.handle('StopTransaction', ({ params }) => { print({ step: 'stop', params }); return {}; });
    client.handle('TransactionEvent', ({ params }) => { print({ step: 'tx', eventType: params.eventType }); return {}; });
});
server.listen(Number(port), '127.0.0.1').then(() => print({ step: 'listening', port: Number(port) }));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
