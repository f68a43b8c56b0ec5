import config from '@payload-config'
import '@payloadcms/next/css'

import { restHandlers } from '../../../../api-guard'

// Payload's REST API, behind the body limits and JSON checks of cms/api-guard.ts.
export const { GET, POST, DELETE, PATCH, OPTIONS } = restHandlers(config)
