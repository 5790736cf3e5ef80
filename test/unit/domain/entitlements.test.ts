import { strict as assert } from 'node:assert';
import { technicalEntitlement } from '../../../bot/domain';
import { membership } from './fixtures';

const silverCloud = { name: 'Cloud Platform', level: 'silver', cloud: true } as const;
const silverOther = { name: 'Application Development', level: 'silver', cloud: false } as const;
const goldCloud = { name: 'Security', level: 'gold', cloud: true } as const;
const goldOther = { name: 'Data Analytics', level: 'gold', cloud: false } as const;

describe('domain/entitlements (004 table)', () => {
  it('gives nothing to a plain network member', () => {
    assert.deepEqual(technicalEntitlement(membership()), { onPremisesIncidents: 0, signatureCloudIncidents: 0 });
  });

  it('gives an Action Pack 10 on-premises incidents and no cloud support', () => {
    assert.deepEqual(technicalEntitlement(membership([], true)), {
      onPremisesIncidents: 10,
      signatureCloudIncidents: 0,
    });
  });

  it('gives Silver in a cloud competency 15 on-premises incidents and unlimited cloud support', () => {
    assert.deepEqual(technicalEntitlement(membership([silverCloud])), {
      onPremisesIncidents: 15,
      signatureCloudIncidents: 'unlimited',
    });
  });

  it('gives Silver in another competency 15 on-premises and 5 cloud incidents', () => {
    assert.deepEqual(technicalEntitlement(membership([silverOther])), {
      onPremisesIncidents: 15,
      signatureCloudIncidents: 5,
    });
  });

  it('gives Gold in a cloud competency 20 on-premises incidents and unlimited cloud support', () => {
    assert.deepEqual(technicalEntitlement(membership([goldCloud])), {
      onPremisesIncidents: 20,
      signatureCloudIncidents: 'unlimited',
    });
  });

  it('gives Gold in another competency 20 on-premises and 10 cloud incidents', () => {
    assert.deepEqual(technicalEntitlement(membership([goldOther])), {
      onPremisesIncidents: 20,
      signatureCloudIncidents: 10,
    });
  });

  it('takes the best level held, whatever the order', () => {
    assert.deepEqual(technicalEntitlement(membership([goldOther, silverOther], true)), {
      onPremisesIncidents: 20,
      signatureCloudIncidents: 10,
    });
    assert.deepEqual(technicalEntitlement(membership([silverOther, goldOther])), {
      onPremisesIncidents: 20,
      signatureCloudIncidents: 10,
    });
    assert.deepEqual(technicalEntitlement(membership([silverCloud], true)).onPremisesIncidents, 15);
  });

  it('takes the best of each row separately: unlimited cloud from Silver cloud beats 10 from Gold other', () => {
    assert.deepEqual(technicalEntitlement(membership([goldOther, silverCloud])), {
      onPremisesIncidents: 20,
      signatureCloudIncidents: 'unlimited',
    });
    assert.deepEqual(technicalEntitlement(membership([silverCloud, goldOther])), {
      onPremisesIncidents: 20,
      signatureCloudIncidents: 'unlimited',
    });
  });
});
