import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { TeamsTab } from './teams-tab';
import { UsersTab } from './users-tab';

type AdminTab = 'users' | 'teams';

/** `/admin`: users, their roles and teams, and team settings. No clinical data is read here. */
export function AdminPage() {
  const [params, setParams] = useSearchParams();
  const tab: AdminTab = params.get('tab') === 'teams' ? 'teams' : 'users';
  const open = (value: string | null) => setParams(value === 'teams' ? { tab: 'teams' } : {}, { replace: true });

  return (
    <>
      <PageHeader title="Administration" description="Users, their roles and care teams, and team settings." />
      <Tabs value={tab} onChange={open}>
        <Tabs.List mb="md">
          <Tabs.Tab value="users">Users</Tabs.Tab>
          <Tabs.Tab value="teams">Teams</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users">
          <UsersTab />
        </Tabs.Panel>
        <Tabs.Panel value="teams">
          <TeamsTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
