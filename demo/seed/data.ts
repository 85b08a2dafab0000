// Demo data transcribed from the Networking @Scale 2024 conference page.
// Texts are kept as the page shows them (including its typographic apostrophes);
// teasers that the page cuts off with '...' are stored without the '...'.

import type { SeedArticle, SeedEvent, SeedPerson, SeedSeries, SeedSession } from './types'

export const eventSeriesSlug = 'networking-scale'
export const demoEventSlug = 'networking-scale-2024'

export const series: SeedSeries[] = [
  {
    name: 'Video @Scale',
    slug: 'video-scale',
    summary: 'The @Scale conference series on video.',
  },
  {
    name: 'RTC @Scale',
    slug: 'rtc-scale',
    summary: 'The @Scale conference series on real-time communication (RTC).',
  },
  {
    name: 'Data @Scale',
    slug: 'data-scale',
    summary: 'The @Scale conference series on data.',
  },
  {
    name: 'Systems @Scale',
    slug: 'systems-scale',
    summary: 'The @Scale conference series on systems.',
  },
  {
    name: 'AI Infra @Scale',
    slug: 'ai-infra-scale',
    summary: 'The @Scale conference series on AI infrastructure.',
  },
  {
    name: 'Product @Scale',
    slug: 'product-scale',
    summary: 'The @Scale conference series on product.',
  },
  {
    name: 'Networking @Scale',
    slug: 'networking-scale',
    summary: 'The @Scale conference series on networking.',
  },
  {
    name: 'Reliability @Scale',
    slug: 'reliability-scale',
    summary: 'The @Scale conference series on reliability.',
  },
  {
    name: 'Mobile @Scale',
    slug: 'mobile-scale',
    summary: 'The @Scale conference series on mobile.',
  },
]

export const events: SeedEvent[] = [
  {
    dates: [
      { date: '2024-11-20', end: '17:00', format: 'in-person', start: '09:00' },
      { date: '2024-11-21', end: '17:00', format: 'in-person', start: '09:00' },
    ],
    description: [
      'Video @Scale 2024 is a technical conference designed for engineers that develop or manage large-scale video systems serving millions of people. The development of large-scale video systems includes complex, unprecedented engineering challenges. The @Scale community',
    ],
    format: 'in-person',
    registrationStatus: 'closed',
    series: 'video-scale',
    slug: 'video-scale-2024',
    summary:
      'Video @Scale 2024 is a technical conference designed for engineers that develop or manage large-scale video systems serving millions of people. The development of large-scale video systems includes complex, unprecedented engineering challenges. The @Scale community',
    timezone: 'America/Los_Angeles',
    title: 'Video @Scale 2024',
  },
  {
    dates: [{ date: '2024-03-20', end: '15:00', format: 'in-person', start: '09:00' }],
    description: [
      'RTC @Scale is for engineers who develop and manage large-scale real-time communication (RTC) systems serving millions of people. The operations of large-scale RTC systems have always involved complex engineering challenges which continue to attract attention',
    ],
    format: 'in-person',
    registrationStatus: 'closed',
    series: 'rtc-scale',
    slug: 'rtc-scale-2024',
    summary:
      'RTC @Scale is for engineers who develop and manage large-scale real-time communication (RTC) systems serving millions of people. The operations of large-scale RTC systems have always involved complex engineering challenges which continue to attract attention',
    timezone: 'America/Los_Angeles',
    title: 'RTC @Scale 2024',
  },
  {
    dates: [{ date: '2024-05-22', end: '17:00', format: 'in-person', start: '09:00' }],
    description: [
      'Data @Scale is a technical conference for engineers who are interested in building, operating, and using data systems at scale. Companies across the industry use data and underlying infrastructure to build products with user empathy,',
    ],
    format: 'in-person',
    registrationStatus: 'closed',
    series: 'data-scale',
    slug: 'data-scale-2024',
    summary:
      'Data @Scale is a technical conference for engineers who are interested in building, operating, and using data systems at scale. Companies across the industry use data and underlying infrastructure to build products with user empathy,',
    timezone: 'America/Los_Angeles',
    title: 'Data @Scale 2024',
  },
  {
    dates: [{ date: '2024-06-12', end: '17:00', format: 'in-person', start: '09:00' }],
    description: [
      'Systems @Scale 2024 is a technical conference intended for engineers that build and manage large-scale distributed systems serving millions or billions of users. The development and operation of such systems often introduces complex, unprecedented engineering',
    ],
    format: 'in-person',
    registrationStatus: 'closed',
    series: 'systems-scale',
    slug: 'systems-scale-2024',
    summary:
      'Systems @Scale 2024 is a technical conference intended for engineers that build and manage large-scale distributed systems serving millions or billions of users. The development and operation of such systems often introduces complex, unprecedented engineering',
    timezone: 'America/Los_Angeles',
    title: 'Systems @Scale 2024',
  },
  {
    dates: [
      {
        date: '2024-07-31',
        end: '19:00',
        format: 'in-person',
        label: 'In-person event',
        start: '14:30',
      },
      {
        date: '2024-08-07',
        end: '17:30',
        format: 'virtual',
        label: 'Virtual program',
        start: '14:30',
      },
    ],
    description: [
      'Meta’s Engineering and Infrastructure teams are excited to return for the second year in a row to host AI Infra @Scale on July 31. This year’s event is open to a limited number of in-person',
    ],
    format: 'hybrid',
    registrationStatus: 'closed',
    series: 'ai-infra-scale',
    slug: 'ai-infra-scale-2024',
    summary:
      'Meta’s Engineering and Infrastructure teams are excited to return for the second year in a row to host AI Infra @Scale on July 31. This year’s event is open to a limited number of in-person',
    timezone: 'America/Los_Angeles',
    title: 'AI Infra @Scale 2024',
  },
  {
    dates: [{ date: '2024-08-14', end: '17:00', format: 'in-person', start: '09:00' }],
    description: [
      "Product @Scale conferences are designed for technologists who work on solving complex product problems at scale. The @Scale community focuses on bringing forward people's experiences in creating innovative solutions to large-scale products serving millions or",
    ],
    format: 'in-person',
    registrationStatus: 'closed',
    series: 'product-scale',
    slug: 'product-scale-2024',
    summary:
      "Product @Scale conferences are designed for technologists who work on solving complex product problems at scale. The @Scale community focuses on bringing forward people's experiences in creating innovative solutions to large-scale products serving millions or",
    timezone: 'America/Los_Angeles',
    title: 'Product @Scale 2024',
  },
  {
    dates: [{ date: '2024-09-11', end: '17:30', format: 'hybrid', start: '08:30' }],
    description: [
      'Meta’s Networking team invites you to Networking@scale on September 11th. This year’s event is an in-person event hosted at the Santa Clara Convention center and will also be live streamed for virtual attendees. Registration is open now. This year’s event will continue to focus on the evolution of AI Networking.',
      'As AI models continue to expand beyond the confines of the data center, the underlying network infrastructure must adapt to meet the demands of increasingly complex and computationally intensive workloads and models. We will explore how these trends are reshaping the backbone and edge networks, necessitating innovative approaches to network design and operations.',
      'A cornerstone of this year’s event will be a deep dive into Meta’s co-design efforts for networks supporting state-of-the-art training models such as Llama3. Attendees will gain valuable insights into the engineering challenges and solutions required to scale back-end networks.',
      'To address the growing complexity of network operations, we will examine a full-stack perspective towards debugging, encompassing the communications layer through to the hardware. By adopting a holistic approach across both our font-end and back-end networks we can identify and mitigate potential bottlenecks, ensuring optimal network performance. You will also hear from industry experts and leading researchers who are at the fore-front of building large scale networks. Attendees will benefit from the opportunity to learn about diverse approaches to solve common challenges and explore potential collaborations.',
      'Join us for Networking@Scale at the mixer after the event to engage with fellow experts, share knowledge and contribute to advancing the field of AI Networking',
    ],
    format: 'hybrid',
    registrationStatus: 'rsvps-closed',
    series: 'networking-scale',
    slug: 'networking-scale-2024',
    summary:
      'Meta’s Networking team invites you to Networking@scale on September 11th. This year’s event is an in-person event hosted at the Santa Clara Convention center and will also be live streamed for virtual attendees. Registration is',
    timezone: 'America/Los_Angeles',
    title: 'Networking @Scale 2024',
    venue: 'Santa Clara Convention Center',
  },
  {
    dates: [{ date: '2024-10-09', end: '17:00', format: 'in-person', start: '09:00' }],
    description: [
      'In the digital age, where systems operate at unprecedented scales, the importance of robust configuration management cannot be overstated. This year’s Reliability @Scale will focus on a central theme of "Move Safely", emphasizing the critical',
    ],
    format: 'in-person',
    registrationStatus: 'closed',
    series: 'reliability-scale',
    slug: 'reliability-scale-2024',
    summary:
      'In the digital age, where systems operate at unprecedented scales, the importance of robust configuration management cannot be overstated. This year’s Reliability @Scale will focus on a central theme of "Move Safely", emphasizing the critical',
    timezone: 'America/Los_Angeles',
    title: 'Reliability @Scale 2024',
  },
  {
    dates: [{ date: '2024-10-23', end: '17:00', format: 'in-person', start: '09:00' }],
    description: [
      'Mobile @Scale is a technical conference designed for the engineers, product managers, and engineering leaders building mobile experiences at significant scale (millions to billions of daily users). Mobile @Scale provides a rare opportunity to gather',
    ],
    format: 'in-person',
    registrationStatus: 'closed',
    series: 'mobile-scale',
    slug: 'mobile-scale-2024',
    summary:
      'Mobile @Scale is a technical conference designed for the engineers, product managers, and engineering leaders building mobile experiences at significant scale (millions to billions of daily users). Mobile @Scale provides a rare opportunity to gather',
    timezone: 'America/Los_Angeles',
    title: 'Mobile @Scale 2024',
  },
]

export const people: SeedPerson[] = [
  {
    bio: 'Omar is an Engineering Director at Meta.',
    jobTitle: 'Engineering Director',
    name: 'Omar Baldonado',
    organization: 'Meta',
    slug: 'omar-baldonado',
  },
  {
    bio: 'Shivkumar is an engineering manager at Meta Infrastructure. He has led engineering teams to',
    jobTitle: 'Engineering Manager',
    name: 'Shivkumar Chandrashekhar',
    organization: 'Meta',
    slug: 'shivkumar-chandrashekhar',
  },
  {
    bio: 'Lee is a Production Engineer at Meta.',
    jobTitle: 'Production Engineer',
    name: 'Lee Hetherington',
    organization: 'Meta',
    slug: 'lee-hetherington',
  },
  {
    bio: 'Ron Brightwell currently leads the Scalable System Software Department in the Center for Computing',
    name: 'Ron Brightwell',
    organization: 'Sandia National Labs',
    slug: 'ron-brightwell',
  },
  {
    bio: 'Jyotsna is a seasoned professional with over 10 years of experience in the TMT',
    name: 'Jyotsna Sundaresan',
    organization: 'Meta',
    slug: 'jyotsna-sundaresan',
  },
  {
    bio: 'Abishek Gopalan is a network modeling and optimization engineer at Meta Platforms since 2017.',
    jobTitle: 'Network Modeling and Optimization Engineer',
    name: 'Abishek Gopalan',
    organization: 'Meta',
    slug: 'abishek-gopalan',
  },
  {
    bio: 'Ying Zhang is a Software Engineering Manager at Meta, where she leads the core',
    jobTitle: 'Software Engineering Manager',
    name: 'Ying Zhang',
    organization: 'Meta',
    slug: 'ying-zhang',
  },
  {
    bio: 'Ashmitha Shetty is a network engineer at Meta. She is a part of the',
    jobTitle: 'Network Engineer',
    name: 'Ashmitha Jeevaraj Shetty',
    organization: 'Meta',
    slug: 'ashmitha-jeevaraj-shetty',
  },
  {
    bio: 'Min is a Research Scientist at Meta.',
    jobTitle: 'Research Scientist',
    name: 'Min Si',
    organization: 'Meta',
    slug: 'min-si',
  },
  {
    bio: 'Dr. Jiaqi Gao is a Staff Engineer at Alibaba Cloud Networking Team, where he',
    jobTitle: 'Staff Engineer',
    name: 'Jiaqi Gao',
    organization: 'Alibaba',
    slug: 'jiaqi-gao',
  },
  {
    bio: 'Jose Leitao is a production network engineer in the Network organization at Meta. His',
    jobTitle: 'Production Network Engineer',
    name: 'Jose Leitao',
    organization: 'Meta',
    slug: 'jose-leitao',
  },
  {
    bio: 'Robert is a production engineering lead supporting Meta datacenters. His work focuses on increasing',
    jobTitle: 'Production Engineering Lead',
    name: 'Robert Colantuoni',
    organization: 'Meta',
    slug: 'robert-colantuoni',
  },
  {
    bio: 'Joseph Provine supports NIC and AI Transport at Meta.',
    name: 'Joseph Provine',
    organization: 'Meta',
    slug: 'joseph-provine',
  },
  {
    bio: 'Weiwei is a Research Scientist at Meta.',
    jobTitle: 'Research Scientist',
    name: 'Weiwei Chu',
    organization: 'Meta',
    slug: 'weiwei-chu',
  },
  {
    bio: 'Arnab is a Software Engineer at Meta.',
    jobTitle: 'Software Engineer',
    name: 'Arnab Choudhury',
    organization: 'Meta',
    slug: 'arnab-choudhury',
  },
  {
    bio: 'Dr. Jithin Jose serves as a Principal Software Engineering Manager at Microsoft, where he',
    jobTitle: 'Principal Software Engineering Manager',
    name: 'Jithin Jose',
    organization: 'Microsoft',
    slug: 'jithin-jose',
  },
  {
    bio: 'Pavan is a Research Scientist at Meta.',
    jobTitle: 'Research Scientist',
    name: 'Pavan Balaji',
    organization: 'Meta',
    slug: 'pavan-balaji',
  },
  {
    bio: 'Adi is a Hardware Systems Engineer at Meta.',
    jobTitle: 'Hardware Systems Engineer',
    name: 'Adi Gangidi',
    organization: 'META',
    slug: 'adi-gangidi',
  },
  {
    bio: 'Shashi is currently Director of Software Engineering and supports network.ai. His team is responsible',
    jobTitle: 'Director of Software Engineering',
    name: 'Shashi Gandham',
    organization: 'META',
    slug: 'shashi-gandham',
  },
  {
    bio: 'Rajiv currently is a Software Engineering Director in the Network Infrastructure group at Meta.',
    jobTitle: 'Software Engineering Director',
    name: 'Rajiv Krishnamurthy',
    organization: 'Meta',
    slug: 'rajiv-krishnamurthy',
  },
]

export const sessions: SeedSession[] = [
  {
    end: '10:00',
    kind: 'meal',
    moderators: [],
    speakers: [],
    start: '08:30',
    title: 'Breakfast Available at Venue',
  },
  {
    end: '10:05',
    kind: 'remarks',
    moderators: [],
    speakers: ['omar-baldonado'],
    start: '10:00',
    title: 'Opening Remarks',
  },
  {
    abstract: [
      'Meta operates a globally distributed Edge CDN and Edge Cloud infrastructure, responsible for providing L4 and L7 protocol termination and proxying which power core user/server communications for all major Meta use cases, ranging from news feed, media delivery, to messaging, VOIP, Cloud Gaming and MetaAI.',
      'The recent growth of non-cacheable, unique AI generated content coupled with the real-time requirements for interactive experiences and the metaverse drives the evolution of our Edge.',
      'We are re-architecting the Edge to be a decentralized, multi-tenanted compute platform providing optimal user experience for graphics rendering, hosting gaming applications and running AI inference while offering secondary benefits of saving backbone bandwidth.',
    ],
    end: '10:25',
    kind: 'talk',
    moderators: [],
    speakers: ['shivkumar-chandrashekhar', 'lee-hetherington'],
    start: '10:05',
    title: "Evolving Meta's Edge Architecture",
  },
  {
    abstract: [
      'Over the last three decades, extreme-scale high-performance computing (HPC) systems have evolved from highly-specialized hardware running custom software environments to platforms that are almost entirely composed of commodity components. While some aspects of large-scale HPC systems continue to be enhanced to meet performance and scalability demands, HPC systems have been distinguished by interconnect technology. The emergence of cloud computing, hyperscalers, and the demands of AI/ML workloads has led to the deployment of massive data centers containing systems much larger than the fastest HPC systems. Until recently, these systems were easily differentiated from HPC machines by the use of commodity ethernet networks. However, these worlds are now converging in several important ways. This presentation will describe how interconnect hardware and software for HPC systems has been impacted by this convergence and offer a perspective on future challenges that will need to be addressed.',
    ],
    end: '10:45',
    kind: 'talk',
    moderators: [],
    speakers: ['ron-brightwell'],
    start: '10:25',
    title: 'Future Challenges for HPC Networking @Scale',
  },
  {
    abstract: [
      "Demand for AI capacity from our family of apps and products has accelerated the growth of our large backbone network. Initially, we expected AI-driven traffic to mainly stay within data centers. However, high replication and data freshness requirements, co-location challenges, and cross-region inference needs have increased traffic by 30-50%. To manage this, we've deepened our understanding of the AI traffic lifecycle (from data collection to training / inference) and controlled backbone traffic growth through efficient workload placement, scheduled bulk transfers, and quality of service initiatives. We've also had to build larger buffers to future-proof our network. This talk shares our learnings from addressing the surge in AI traffic on our backbone network.",
    ],
    end: '11:05',
    kind: 'talk',
    moderators: [],
    speakers: ['jyotsna-sundaresan', 'abishek-gopalan'],
    start: '10:45',
    title: 'AI Impact on Backbone',
  },
  {
    abstract: ['Moderated by Ying Zhang'],
    end: '11:35',
    kind: 'panel',
    moderators: ['ying-zhang'],
    speakers: [],
    start: '11:05',
    title: 'Live Q&A Session 1',
  },
  {
    end: '11:55',
    kind: 'break',
    moderators: [],
    speakers: [],
    start: '11:35',
    title: 'Break',
  },
  {
    abstract: [
      'Training large models like Llama3 at scale introduces unprecedented challenges in terms of failures and performance degradation. Existing monitoring techniques fall short in providing the necessary insights for effective troubleshooting. This talk presents our experience in instrumenting the collective library to gain deeper visibility into network operations. We will share techniques for real-time performance tracing, grouping these operations into meaningful cohorts and analyzing their impact on model training. By co-relating model performance with network bottlenecks we can identify issues like slow ranks and also hard failures, ultimately improving training efficiency and reliability.',
    ],
    end: '12:15',
    kind: 'talk',
    moderators: [],
    speakers: ['ashmitha-jeevaraj-shetty', 'min-si'],
    start: '11:55',
    title: 'Network Communication Debuggability and Observability at Scale',
  },
  {
    abstract: [
      'Due to the differences between LLMs and general cloud computing (e.g., in terms of traffic patterns and fault tolerance), traditional data center networks are not well-suited for LLM training. Unlike general cloud computing which generates millions of small flows (e.g., lower than 10Gbps), LLM training produces a small number of periodic, bursty flows (e.g., 400Gbps) on each host. HPN introduces a 2-tier, dual-plane architecture capable of interconnecting 15K GPUs within one Pod, typically accommodated by the traditional 3-tier Clos architecture. Such a new architecture design not only avoids hash polarization, but also greatly reduces the search space for path selection, thus allowing us to precisely select network paths capable of holding elephant flows. HPN also employs a dual-ToR design to avoid the single point of failure problem. We share our experience in motivating, designing, and building HPN, as well as the operational lessons of HPN in production.',
    ],
    end: '12:35',
    kind: 'talk',
    moderators: [],
    speakers: ['jiaqi-gao'],
    start: '12:15',
    title: 'Alibaba HPN: A Data Center Network for Large Language Model Training',
  },
  {
    abstract: [
      "Meta has focused on enhancing reliability in Backend (BE) and Frontend (FE) networks for AI training, ensuring low latency and high throughput for GPUs and stable data flow for checkpointing. We've implemented a dual monitoring strategy using SLI and evidence-based collections for improved network health analysis and faster issue detection. Stricter controls, on-box agents, and robust SLOs for repair times have been adopted to enhance monitoring and quicken issue resolution. These measures maintain optimal network performance, which is crucial for large-scale training, demonstrating our commitment to a robust and reliable network infrastructure for advanced AI training.",
    ],
    end: '12:55',
    kind: 'talk',
    moderators: [],
    speakers: ['jose-leitao', 'robert-colantuoni'],
    start: '12:35',
    title: 'High Network Reliability and Availability in FE and BE for Scalable Training Solutions',
  },
  {
    abstract: ['Moderated by Joseph Provine'],
    end: '13:25',
    kind: 'panel',
    moderators: ['joseph-provine'],
    speakers: [],
    start: '12:55',
    title: 'Live Q&A Session 2',
  },
  {
    end: '14:25',
    kind: 'meal',
    moderators: [],
    speakers: [],
    start: '13:25',
    title: 'Lunch Break',
  },
  {
    abstract: [
      'Every generation of Large Language models requires an order of magnitude large compute and networking infrastructure. Various model and data parallelism techniques distribute the computational complexity of the model onto infrastructure. Achieving optimal network communication performance requires careful consideration of how models map to network architecture and hierarchy. One of the important layers of the training stack that influences such mapping is the Job scheduler. This talk explores how we customized Meta’s Job Scheduler (MAST) to achieve optimal parallelism to network topology. We will cover how we represented our network hierarchy to be consumed by the scheduler as well as, the specific customizations we performed in order to ensure high bandwidth, latency sensitive communications map to the first few network hops. We will present a recent use case of Llama3 to demonstrate the parallelisms used during training and the impact scheduler modifications have had on performance and network efficiency of such parallelisms.',
    ],
    end: '14:45',
    kind: 'talk',
    moderators: [],
    speakers: ['weiwei-chu', 'arnab-choudhury'],
    start: '14:25',
    title: 'Scheduler and Sharding Considerations for Network Efficiency',
  },
  {
    abstract: [
      'As AI continues to revolutionize industries, the demand for large-scale AI training clusters is rapidly increasing to meet the growing need for advanced computational capabilities. Fields such as autonomous driving, medical image analysis, language model training, financial modeling, and drug discovery require robust and scalable infrastructure to handle the complexity and scale of AI training workloads. Efficient and high performant network is a key component of distributed training, as it involves the coordination of multiple thousands of GPUs over extended periods. This creates significant challenges in routing and network reliability that must be addressed to ensure optimal performance and reduce job interruptions. To meet these demands, reevaluating data center network design and protocols is crucial for building reliable, high-performance infrastructure. In this talk, we explore the key challenges involved in designing and developing networks for large-scale AI training. By drawing on Microsoft’s experience with large-scale training cluster development, we present key insights and lessons learned, offering valuable guidance on creating scalable and efficient network infrastructures that can support complex AI workloads while maintaining robust routing and network reliability.',
    ],
    end: '15:05',
    kind: 'talk',
    moderators: [],
    speakers: ['jithin-jose'],
    start: '14:45',
    title: 'Designing Scalable Networks for Large AI Clusters: Challenges and Key Insights',
  },
  {
    abstract: [
      'Network and Collective Communication stack plays a pivotal role in extracting the best performance out of large GenAI Clusters. In this talk, we will go over in-depth Network and Communicational library tuning that helped achieve optimal performance for GenAI Models such as LLaMA3. We’ll touch on both optimizations, from training workload as well as model serving perspective. We’ll dig into how we mitigated the impact of network latency by implementing novel collective algorithms, network routing enhancements and steps taken to reduce the impact of compute-overlap on communication time. We’ll provide our perspective on challenges that remain in scaling these models to a larger scale, while still achieving optimal Compute and Network efficiency.',
    ],
    end: '15:25',
    kind: 'talk',
    moderators: [],
    speakers: ['pavan-balaji', 'adi-gangidi'],
    start: '15:05',
    title: 'Faster Than Fast: Networking and Communication Optimizations for Llama 3',
  },
  {
    abstract: ['Moderated by Shashi Gandham'],
    end: '15:55',
    kind: 'panel',
    moderators: ['shashi-gandham'],
    speakers: [],
    start: '15:25',
    title: 'Live Q&A Session 3',
  },
  {
    end: '16:00',
    kind: 'remarks',
    moderators: [],
    speakers: ['rajiv-krishnamurthy'],
    start: '15:55',
    title: 'Closing Remarks',
  },
  {
    end: '17:30',
    kind: 'social',
    moderators: [],
    speakers: [],
    start: '16:00',
    title: 'Happy Hour',
  },
]

export const articles: SeedArticle[] = [
  {
    body: [
      'As we continue to push the boundaries of AI, the reliability of our networks becomes increasingly important. We will share',
      'Summary of the featured session, “High Network Reliability and Availability in FE and BE for Scalable Training Solutions”: the talk describes how Meta has worked to enhance reliability in its backend (BE) and frontend (FE) networks for AI training, using a dual monitoring strategy based on SLIs and evidence-based collections, together with stricter controls, on-box agents and SLOs for repair times, to detect and resolve network issues faster.',
    ],
    excerpt:
      'As we continue to push the boundaries of AI, the reliability of our networks becomes increasingly important. We will share',
    featuredSession: 'High Network Reliability and Availability in FE and BE for Scalable Training Solutions',
    publishedAt: '2024-09-23',
    slug: 'enhancing-network-reliability-for-ai-training',
    title: 'Enhancing Network Reliability for AI Training',
  },
  {
    body: [
      'As Meta continues to drive and rapidly evolve AI models for our products, including AGI, and for the community, how',
      'Summary of the featured session, “Scheduler and Sharding Considerations for Network Efficiency”: the talk explains how Meta customized its job scheduler (MAST) to map model parallelism onto the network topology, how the network hierarchy was represented for the scheduler, and how high-bandwidth, latency-sensitive communications were kept within the first few network hops, using Llama3 training as a use case.',
    ],
    excerpt:
      'As Meta continues to drive and rapidly evolve AI models for our products, including AGI, and for the community, how',
    featuredSession: 'Scheduler and Sharding Considerations for Network Efficiency',
    publishedAt: '2024-09-11',
    slug: 'scheduling-and-sharding-considerations-for-network-efficiency',
    title: 'Scheduling and Sharding Considerations for Network Efficiency',
  },
]

/** The demo editor's draft of the demo speaker's bio (from the agenda), waiting for the speaker's review. */
export const demoReviewDraft = {
  fullBio:
    "Omar is an Engineering Director at Meta. At Networking @Scale 2024 he speaks on evolving Meta's edge " +
    'architecture.',
}
