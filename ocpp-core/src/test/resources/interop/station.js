// A charging station on ocpp-rpc (strict mode) that runs a fixed script against a CSMS and prints one JSON line
// per step. Usage: node station.js <endpoint> <identity> <protocol> [password]
const { RPCClient } = require('ocpp-rpc');

const [endpoint, identity, protocol, password] = process.argv.slice(2);
const print = (o) => console.log(JSON.stringify(o));
const now = () => new Date().toISOString();

async function script16(cli) {
    const boot = await cli.call('BootNotification', { chargePointVendor: 'ocpp-rpc', chargePointModel: 'interop' });
    print({ step: 'boot', status: boot.status, interval: boot.interval });
    const hb = await cli.call('Heartbeat', {});
    print({ step: 'heartbeat', hasTime: typeof hb.currentTime === 'string' });
    await cli.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available' });
    print({ step: 'status' });
    const auth = await cli.call('Authorize', { idTag: 'TAG-1' });
    print({ step: 'authorize', status: auth.idTagInfo.status });
    const start = await cli.call('StartTransaction', { connectorId: 1, idTag: 'TAG-1', meterStart: 1000, timestamp: now() });
    print({ step: 'start', transactionId: start.transactionId });
    await cli.call('MeterValues', { connectorId: 1, transactionId: start.transactionId,
        meterValue: [{ timestamp: now(), sampledValue: [{ value: '1500', measurand: 'Energy.Active.Import.Register', unit: 'Wh' }] }] });
    print({ step: 'meter' });
    const stop = await cli.call('StopTransaction', { transactionId: start.transactionId, meterStop: 2000, timestamp: now(), reason: 'Local' });
    print({ step: 'stop', status: stop.idTagInfo ? stop.idTagInfo.status : null });
}

async function script201(cli) {
    const boot = await cli.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'interop', vendorName: 'ocpp-rpc' } });
    print({ step: 'boot', status: boot.status, interval: boot.interval });
    const hb = await cli.call('Heartbeat', {});
    print({ step: 'heartbeat', hasTime: typeof hb.currentTime === 'string' });
    await cli.call('StatusNotification', { timestamp: now(), connectorStatus: 'Available', evseId: 1, connectorId: 1 });
    print({ step: 'status' });
    const auth = await cli.call('Authorize', { idToken: { idToken: 'TAG-1', type: 'ISO14443' } });
    print({ step: 'authorize', status: auth.idTokenInfo.status });
    const tx = { transactionId: 'TX-1' };
    await cli.call('TransactionEvent', { eventType: 'Started', timestamp: now(), triggerReason: 'Authorized', seqNo: 0,
        transactionInfo: tx, idToken: { idToken: 'TAG-1', type: 'ISO14443' }, evse: { id: 1, connectorId: 1 } });
    print({ step: 'start', transactionId: tx.transactionId });
    await cli.call('TransactionEvent', { eventType: 'Updated', timestamp: now(), triggerReason: 'MeterValuePeriodic', seqNo: 1,
        transactionInfo: tx, meterValue: [{ timestamp: now(), sampledValue: [{ value: 1500, measurand: 'Energy.Active.Import.Register' }] }] });
    print({ step: 'meter' });
    const end = await cli.call('TransactionEvent', { eventType: 'Ended', timestamp: now(), triggerReason: 'StopAuthorized', seqNo: 2,
        transactionInfo: { transactionId: 'TX-1', stoppedReason: 'Local' } });
    print({ step: 'stop', status: end.idTokenInfo ? end.idTokenInfo.status : null });
}

async function main() {
    const cli = new RPCClient({ endpoint, identity, protocols: [protocol], strictMode: protocol !== 'ocpp2.1', password,
        reconnect: false, callTimeoutMs: 10000 });
    cli.on('strictValidationFailure', (e) => print({ step: 'strictValidationFailure', method: e.method, error: String(e.error) }));
    cli.on('badMessage', (e) => print({ step: 'badMessage', error: String(e.error) }));
    let remote;
    const remoteCall = new Promise((resolve) => { remote = resolve; });
    if (protocol === 'ocpp1.6') {
        cli.handle('RemoteStartTransaction', ({ params }) => { remote(params); return { status: 'Accepted' }; });
    } else {
        cli.handle('RequestStartTransaction', ({ params }) => { remote(params); return { status: 'Accepted' }; });
    }
    try {
        await cli.connect();
    } catch (err) {
        print({ step: 'connect', error: String(err.message || err) });
        process.exit(3);
    }
    print({ step: 'connect', protocol: cli.protocol });
    if (protocol === 'ocpp1.6') {
        await script16(cli);
    } else {
        await script201(cli);
    }
    print({ step: 'waiting' });
    const params = await Promise.race([remoteCall, new Promise((r) => setTimeout(() => r(null), 10000))]);
    print({ step: 'remote', params });
    await cli.close({ code: 1000 });
    process.exit(params ? 0 : 4);
}

main().catch((err) => { print({ step: 'failed', error: String(err && err.stack || err) }); process.exit(2); });
